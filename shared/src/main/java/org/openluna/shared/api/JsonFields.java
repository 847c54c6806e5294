package org.openluna.shared.api;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The fields of a JSON object in a request body, read with the seed's 12022 refusals and the field's path. */
public final class JsonFields {
    private JsonFields() {}

    /** The object itself; anything else, or a field not in {@code allowed}, is refused. */
    public static JsonNode object(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        var prefix = path.isEmpty() ? "" : path + ".";
        node.propertyNames().forEach(name -> {
            if (!allowed.contains(name)) {
                throw Check.invalid(prefix + name, "extra fields not permitted");
            }
        });
        return node;
    }

    /** A string field; empty when absent, refused when of another type (null included). */
    public static Optional<String> string(JsonNode object, String name) {
        var value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw Check.invalid(name, "must be a string");
        }
        return Optional.of(value.asString());
    }

    /** An id field; empty when absent, refused when not a UUID4 in lower case. */
    public static Optional<UUID> id(JsonNode object, String name) {
        var value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Ids.parseUuid(value.isString() ? value.asString() : null)
                .orElseThrow(() -> Check.invalid(name, "must be a UUID4 in lower case")));
    }

    private static final int MAX_STRINGS = 1000;

    /** A non-empty array of at most 1,000 strings, each kept once. */
    public static List<String> strings(JsonNode value, String path) {
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_STRINGS) {
            throw Check.invalid(path, "must be an array of 1 to " + MAX_STRINGS + " strings");
        }
        var items = new LinkedHashSet<String>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                throw Check.invalid(path + "." + i, "must be a string");
            }
            items.add(value.get(i).asString());
        }
        return List.copyOf(items);
    }

    /** A string field at a path; null when absent. */
    public static String optionalString(JsonNode filters, String field, String path) {
        var value = filters.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw Check.invalid(path + "." + field, "must be a string");
        }
        return value.asString();
    }

    /** An id field at a path; null when absent. */
    public static UUID id(JsonNode filters, String field, String path) {
        var value = filters.get(field);
        if (value == null) {
            return null;
        }
        return Ids.parseUuid(value.isString() ? value.asString() : null)
                .orElseThrow(() -> Check.invalid(path + "." + field, "must be a UUID4 in lower case"));
    }

    /** A time field at a path, absolute or relative ({@code now-30d}); null when absent. */
    public static Instant time(JsonNode filters, String field, String path, Clock clock) {
        var value = filters.get(field);
        if (value == null) {
            return null;
        }
        return Times.parse(value.isString() ? value.asString() : "", clock)
                .orElseThrow(() -> Check.invalid(path + "." + field, "must be an RFC 3339 time or a relative one such as now-30d"));
    }
}
