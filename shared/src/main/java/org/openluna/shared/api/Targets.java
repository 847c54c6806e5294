package org.openluna.shared.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code targets} query: which fields of each object the client wants back; all of them by default. */
public record Targets(List<String> fields) {
    public Targets {
        fields = List.copyOf(fields);
    }

    public static Targets from(QueryParams query, List<String> allFields) {
        return new Targets(query.list("targets", Set.copyOf(allFields)).orElse(allFields));
    }

    /** The view reduced to the wanted fields, in the order the API documents them. */
    public Map<String, Object> select(Map<String, Object> view) {
        var out = new LinkedHashMap<String, Object>();
        view.forEach((key, value) -> {
            if (fields.contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }
}
