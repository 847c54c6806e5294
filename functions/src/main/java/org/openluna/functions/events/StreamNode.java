package org.openluna.functions.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;

/**
 * One object of a stream events body, read field by field with the path an error prints
 * ({@code sources.0.source.1.body.warp}). The seed gives this body only by example ("Array of any",
 * l.7245), so a field this platform does not know is passed over rather than refused (ADR 0013);
 * a known field of the wrong type or out of bounds is refused with 12022, as {@code null} is.
 */
final class StreamNode {
    private final JsonNode node;
    private final String path;

    private StreamNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static StreamNode of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        return new StreamNode(node, path);
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return node.has(field);
    }

    StreamNode object(String field) {
        return of(required(field), path(field));
    }

    /** The field's objects; refused when absent, empty or not an array of objects. */
    List<StreamNode> objects(String field) {
        var value = required(field);
        if (!value.isArray() || value.isEmpty()) {
            throw Check.invalid(path(field), "must be a non-empty array");
        }
        var objects = new ArrayList<StreamNode>(value.size());
        for (int i = 0; i < value.size(); i++) {
            objects.add(of(value.get(i), path(field) + "." + i));
        }
        return objects;
    }

    int flag(String field, Integer defaultValue) {
        var value = defaultValue == null ? required(field) : node.get(field);
        if (value == null) {
            return defaultValue;
        }
        var read = NumberFields.integral(value);
        if (read.isEmpty() || (read.getAsLong() != 0 && read.getAsLong() != 1)) {
            throw Check.invalid(path(field), "value is not a valid enumeration member; permitted: 0, 1");
        }
        return (int) read.getAsLong();
    }

    String string(String field, int maxLength) {
        var value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw Check.invalid(path(field), "must be a string");
        }
        return Check.length(value.asString(), path(field), 0, maxLength);
    }

    String matching(String field, Pattern pattern) {
        return Check.matches(string(field, Integer.MAX_VALUE), path(field), pattern);
    }

    UUID id(String field) {
        var text = string(field, Integer.MAX_VALUE);
        return text == null ? null
                : Ids.parseUuid(text).orElseThrow(() -> Check.invalid(path(field), "must be a UUID4 in lower case"));
    }

    Double number(String field, double min, double max) {
        var value = node.get(field);
        if (value == null) {
            return null;
        }
        return NumberFields.decimal(value, path(field), min, max);
    }

    int integer(String field, int min, int max) {
        return NumberFields.integer(required(field), path(field), min, max);
    }

    /** An RFC 3339 time kept to milliseconds, as every stored time is. */
    Instant time(String field) {
        var text = string(field, Integer.MAX_VALUE);
        return text == null ? null : Times.parseAbsolute(text).map(t -> t.truncatedTo(ChronoUnit.MILLIS))
                .orElseThrow(() -> Check.invalid(path(field), "must be an RFC 3339 time"));
    }

    List<String> strings(String field, int maxLength) {
        var value = node.get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw Check.invalid(path(field), "must be an array");
        }
        var strings = new ArrayList<String>(value.size());
        for (int i = 0; i < value.size(); i++) {
            var item = value.get(i);
            if (!item.isString()) {
                throw Check.invalid(path(field) + "." + i, "must be a string");
            }
            strings.add(Check.length(item.asString(), path(field) + "." + i, 1, maxLength));
        }
        return strings;
    }

    /**
     * Bytes: msgpack's binary, which the body reader hands over as base64 text (MsgpackBodies.tree),
     * or base64 text in a JSON body.
     */
    byte[] bytes(String field) {
        var value = required(field);
        if (value.isBinary()) {
            return value.binaryValue();
        }
        if (!value.isString() || value.asString().isEmpty()) {
            throw Check.invalid(path(field), "must be bytes (msgpack bin, or base64 text in JSON)");
        }
        try {
            return Base64.getDecoder().decode(value.asString().replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw Check.invalid(path(field), "must be bytes (msgpack bin, or base64 text in JSON)");
        }
    }

    private JsonNode required(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            throw Check.invalid(path(field), value == null ? "field required" : "none is not an allowed value");
        }
        return value;
    }
}
