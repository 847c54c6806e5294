package org.openluna.shared.api;

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
}
