package org.openluna.shared.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP headers with case-insensitive names, as HTTP defines them. Immutable. */
public final class Headers {
    private final Map<String, List<String>> values;

    private Headers(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Headers of(Map<String, List<String>> raw) {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((name, list) -> copy.merge(name, List.copyOf(list), (a, b) -> {
            var joined = new java.util.ArrayList<>(a);
            joined.addAll(b);
            return List.copyOf(joined);
        }));
        return new Headers(Collections.unmodifiableMap(copy));
    }

    public static Headers empty() {
        return of(Map.of());
    }

    public Optional<String> first(String name) {
        var list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /**
     * The one value of a header that may appear once: a credential or an account named twice is
     * ambiguous (one proxy may read the first, another the last), so it is refused, not guessed.
     */
    public Optional<String> single(String name) {
        var list = values.get(name);
        if (list != null && list.size() > 1) {
            throw new LunaException(ErrorCode.BAD_HEADER, name);
        }
        return first(name);
    }

    /** Every header whose name starts with the prefix (case-insensitively), first value each. */
    public Map<String, String> withPrefix(String prefix) {
        var found = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        values.forEach((name, list) -> {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length()) && !list.isEmpty()) {
                found.put(name.substring(prefix.length()), list.get(0));
            }
        });
        return found;
    }

    public Map<String, List<String>> asMap() {
        return values;
    }
}
