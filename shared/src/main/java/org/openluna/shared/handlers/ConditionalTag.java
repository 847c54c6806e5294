package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One item of {@code policies.conditional_tags_policy} (seed l.3519-3543): the tag an event gets when it passes the filters. */
public record ConditionalTag(String tag, ObjectFilters filters) {
    static final Set<String> FIELDS = Set.of("tag", "filters");
    /** Ours, as the seed prints no bound. */
    static final int MAX_TAG = 128;

    public ConditionalTag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(filters, "filters");
    }

    static ConditionalTag read(PolicyNode node) {
        return new ConditionalTag(node.string("tag", null, 1, MAX_TAG), ObjectFilters.read(node, ObjectFilters.FIELDS));
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("tag", tag);
        json.put("filters", filters.toJson());
        return json;
    }
}
