package org.openluna.shared.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The query string of a request, read with the API's rules: a bad value is 12012 "Bad query
 * parameters", lists are comma separated, and a repeated parameter is refused rather than guessed.
 */
public final class QueryParams {
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$");

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryParams of(Map<String, List<String>> raw) {
        var copy = new java.util.LinkedHashMap<String, List<String>>();
        raw.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new QueryParams(java.util.Collections.unmodifiableMap(copy));
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    public Optional<String> string(String name) {
        var list = values.get(name);
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        if (list.size() > 1) {
            throw bad(name);
        }
        return Optional.of(list.get(0));
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return string(name).map(raw -> {
            try {
                int value = Integer.parseInt(raw);
                if (value < min || value > max) {
                    throw bad(name);
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(name);
            }
        }).orElse(defaultValue);
    }

    /**
     * A decimal number within [min, max]. Only plain decimal text is read: {@link Double#parseDouble}
     * alone would also take {@code NaN}, {@code 0x1p-1}, {@code 1d} and surrounding spaces.
     */
    public double number(String name, double defaultValue, double min, double max) {
        return string(name).map(raw -> {
            if (!DECIMAL.matcher(raw).matches()) {
                throw bad(name);
            }
            double value = Double.parseDouble(raw);
            if (value < min || value > max) {
                throw bad(name);
            }
            return value;
        }).orElse(defaultValue);
    }

    /** A 0/1 flag, as the API writes booleans in queries. */
    public boolean flag(String name, boolean defaultValue) {
        return integer(name, defaultValue ? 1 : 0, 0, 1) == 1;
    }

    public Optional<Integer> oneOf(String name, Set<Integer> allowed) {
        return string(name).map(raw -> {
            try {
                int value = Integer.parseInt(raw);
                if (!allowed.contains(value)) {
                    throw bad(name);
                }
                return value;
            } catch (NumberFormatException e) {
                throw bad(name);
            }
        });
    }

    /**
     * A list of integers from {@code allowed}, comma separated or repeated or both: the seed's examples
     * repeat the parameter ({@code mask_states=2&mask_states=3}, l.509). Each value is kept once.
     */
    public Optional<List<Integer>> integers(String name, Set<Integer> allowed) {
        var given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        var items = new LinkedHashSet<Integer>();
        for (var raw : given) {
            for (var item : raw.split(",", -1)) {
                try {
                    int value = Integer.parseInt(item);
                    if (!allowed.contains(value)) {
                        throw bad(name);
                    }
                    items.add(value);
                } catch (NumberFormatException e) {
                    throw bad(name);
                }
            }
        }
        return Optional.of(List.copyOf(items));
    }

    public Optional<UUID> uuid(String name) {
        return string(name).map(raw -> Ids.parseUuid(raw).orElseThrow(() -> bad(name)));
    }

    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, java.util.function.Function<String, Optional<E>> parse) {
        return string(name).map(raw -> parse.apply(raw).orElseThrow(() -> bad(name)));
    }

    /** A comma-separated list, each item checked against {@code allowed}; empty items are refused. */
    public Optional<List<String>> list(String name, Set<String> allowed) {
        return string(name).map(raw -> {
            var items = Arrays.asList(raw.split(",", -1));
            if (items.stream().anyMatch(s -> s.isEmpty() || (!allowed.isEmpty() && !allowed.contains(s)))) {
                throw bad(name);
            }
            return List.copyOf(new LinkedHashSet<>(items));
        });
    }

    /**
     * A list of ids, comma separated or repeated or both: the seed's examples pass lists with
     * {@code requests}, which sends a Python list as one parameter per item. Repeating an id is harmless,
     * so it is kept once; an empty item or one that is not an id is refused.
     */
    public Optional<List<UUID>> uuids(String name) {
        var given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        var ids = new LinkedHashSet<UUID>();
        for (var raw : given) {
            for (var item : raw.split(",", -1)) {
                ids.add(Ids.parseUuid(item).orElseThrow(() -> bad(name)));
            }
        }
        return Optional.of(List.copyOf(ids));
    }

    /** A time bound: RFC 3339 or a relative time such as {@code now-30d}. */
    public Optional<Instant> time(String name, Clock clock) {
        return string(name).map(raw -> Times.parse(raw, clock).orElseThrow(() -> bad(name)));
    }

    public static LunaException bad(String name) {
        return new LunaException(ErrorCode.BAD_QUERY_PARAMETER, name);
    }
}
