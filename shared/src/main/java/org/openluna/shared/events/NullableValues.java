package org.openluna.shared.events;

import static org.openluna.shared.api.QueryParams.bad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openluna.shared.api.QueryParams;

/**
 * A "one of" list of an events query, where {@code null} among the values asks for events without the
 * field (seed l.8671: {@code sources=cam1,cam2,null}). Values come comma separated, repeated or both,
 * each once; an empty item or one the reader refuses is 12012.
 *
 * @param values the values, null excluded
 * @param withNull whether {@code null} was among them
 */
public record NullableValues<T>(Set<T> values, boolean withNull) {
    static final String NULL = "null";

    public NullableValues {
        values = Set.copyOf(values);
    }

    public boolean test(T value) {
        return value == null ? withNull : values.contains(value);
    }

    /** For a field that holds several values (clothing colours): one in common, or none held and null asked. */
    public boolean testAny(Collection<T> held) {
        if (held.isEmpty()) {
            return withNull;
        }
        return held.stream().anyMatch(values::contains);
    }

    static <T> Optional<NullableValues<T>> read(QueryParams query, String name, Function<String, Optional<T>> reader) {
        var items = items(query, name);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        var values = new LinkedHashSet<T>();
        boolean withNull = false;
        for (var item : items.get()) {
            if (item.equals(NULL)) {
                withNull = true;
            } else {
                values.add(reader.apply(item).orElseThrow(() -> bad(name)));
            }
        }
        return Optional.of(new NullableValues<>(values, withNull));
    }

    /** The items of a list parameter, comma separated or repeated; empty when the parameter is absent. */
    static Optional<List<String>> items(QueryParams query, String name) {
        var given = query.asMap().get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        var items = new ArrayList<String>();
        for (var raw : given) {
            for (var item : raw.split(",", -1)) {
                if (item.isEmpty()) {
                    throw bad(name);
                }
                items.add(item);
            }
        }
        return Optional.of(items);
    }

    static Function<String, Optional<String>> text(int maxLength) {
        return item -> item.length() <= maxLength ? Optional.of(item) : Optional.empty();
    }

    static Function<String, Optional<Integer>> integerIn(Set<Integer> allowed) {
        return item -> {
            try {
                int value = Integer.parseInt(item);
                return allowed.contains(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        };
    }

    static Function<String, Optional<String>> oneOf(Set<String> allowed) {
        return item -> allowed.contains(item) ? Optional.of(item) : Optional.empty();
    }
}
