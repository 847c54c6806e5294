package org.openluna.shared.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.NumberFields;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a handler's policies, read field by field with the path the error prints
 * ({@code policies.detect_policy.detect_face}). An absent field takes its default; a field of the
 * wrong type, out of range or not of this object is refused with 12022, as is {@code null} where the
 * schema has no null. Defaults are written at the call, next to the field they belong to.
 */
final class PolicyNode {
    private final JsonNode node;
    private final String path;
    private final Set<String> matchLabels;

    private PolicyNode(JsonNode node, String path, Set<String> matchLabels) {
        this.node = node;
        this.path = path;
        this.matchLabels = matchLabels;
    }

    /** The object at {@code path}; anything but an object, or a field not among {@code fields}, is refused. */
    static PolicyNode of(JsonNode node, String path, Set<String> fields) {
        return of(node, path, fields, null);
    }

    private static PolicyNode of(JsonNode node, String path, Set<String> fields, Set<String> matchLabels) {
        if (node == null || !node.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        node.propertyNames().forEach(name -> {
            if (!fields.contains(name)) {
                throw Check.invalid(path + "." + name, "extra fields not permitted");
            }
        });
        return new PolicyNode(node, path, matchLabels);
    }

    /**
     * This object, and every object read from it, knowing the labels of the handler's match policies,
     * which the {@code match} filters may name (and no others).
     */
    PolicyNode withMatchLabels(Set<String> labels) {
        return new PolicyNode(node, path, Set.copyOf(labels));
    }

    /** The labels a {@code match} filter may name here; empty when not known, where none may be named. */
    Set<String> matchLabels() {
        return matchLabels == null ? Set.of() : matchLabels;
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** A nested object; absent, it is read as an empty one, so its own defaults apply. */
    PolicyNode object(String field, Set<String> fields) {
        var value = node.get(field);
        return of(value == null ? Json.object() : value, path(field), fields, matchLabels);
    }

    /** A nested object that may be absent or null, read only when given. */
    <T> Optional<T> optionalObject(String field, Set<String> fields, Function<PolicyNode, T> read) {
        var value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(read.apply(of(value, path(field), fields, matchLabels)));
    }

    /** A 0/1 flag, as the API writes booleans. */
    int flag(String field, int defaultValue) {
        return oneOf(field, defaultValue, Set.of(0, 1));
    }

    int oneOf(String field, int defaultValue, Set<Integer> allowed) {
        var value = node.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || !allowed.contains(value.asInt())) {
            throw Check.invalid(path(field), "must be one of " + sorted(allowed));
        }
        return value.asInt();
    }

    int integer(String field, int defaultValue, int min, int max) {
        var value = nullableInteger(field, min, max);
        if (node.has(field) && value == null) {
            throw Check.invalid(path(field), "none is not an allowed value");
        }
        return value == null ? defaultValue : value;
    }

    /** An integer that may be null; absent is null too. */
    Integer nullableInteger(String field, int min, int max) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw Check.invalid(path(field), "must be an integer from " + min + " to " + max);
        }
        return value.asInt();
    }

    double number(String field, double defaultValue, double min, double max) {
        var value = nullableNumber(field, min, max);
        if (node.has(field) && value == null) {
            throw Check.invalid(path(field), "none is not an allowed value");
        }
        return value == null ? defaultValue : value;
    }

    /** A number that may be null; absent is null too. */
    Double nullableNumber(String field, double min, double max) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        var read = NumberFields.finite(value);
        if (read.isEmpty() || read.getAsDouble() < min || read.getAsDouble() > max) {
            throw Check.invalid(path(field), "must be a number from " + format(min) + " to " + format(max));
        }
        return read.getAsDouble();
    }

    /** A string of the given length; absent is {@code defaultValue}, or refused as required when that is null. */
    String string(String field, String defaultValue, int minLength, int maxLength) {
        var value = node.get(field);
        if (value == null) {
            if (defaultValue == null) {
                throw Check.invalid(path(field), "field required");
            }
            return defaultValue;
        }
        if (!value.isString()) {
            throw Check.invalid(path(field), "must be a string");
        }
        return Check.length(value.asString(), path(field), minLength, maxLength);
    }

    /** A string that may be absent (null). */
    String optionalString(String field, int minLength, int maxLength) {
        return node.has(field) ? string(field, "", minLength, maxLength) : null;
    }

    /** A string from a fixed set. */
    String choice(String field, String defaultValue, Set<String> allowed) {
        var value = string(field, defaultValue, 0, Integer.MAX_VALUE);
        if (!allowed.contains(value)) {
            throw Check.invalid(path(field), "must be one of " + sorted(allowed));
        }
        return value;
    }

    /** An id; absent is null, anything but a lower-case UUID4 is refused. */
    UUID id(String field) {
        var value = node.get(field);
        if (value == null) {
            return null;
        }
        return Ids.parseUuid(value.isString() ? value.asString() : null)
                .orElseThrow(() -> Check.invalid(path(field), "must be a UUID4 in lower case"));
    }

    UUID requiredId(String field) {
        return Check.required(id(field), path(field));
    }

    /**
     * Integers from {@code allowed}, at least one, each once, or null: the seed's state filters are
     * "non-empty" arrays (l.509-511). Absent is null.
     */
    List<Integer> states(String field, Set<Integer> allowed) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        var items = nonEmptyArray(field, value);
        var states = new ArrayList<Integer>(items.size());
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToInt() || !allowed.contains(item.asInt())) {
                throw Check.invalid(path(field) + "." + i, "must be one of " + sorted(allowed));
            }
            if (states.contains(item.asInt())) {
                throw Check.invalid(path(field) + "." + i, "items must be unique");
            }
            states.add(item.asInt());
        }
        return List.copyOf(states);
    }

    /** Strings, at least one, each once, each from {@code allowed} unless that is empty; absent or null is null. */
    List<String> strings(String field, Set<String> allowed, int maxLength) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        var items = nonEmptyArray(field, value);
        var strings = new LinkedHashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var itemPath = path(field) + "." + i;
            if (!item.isString()) {
                throw Check.invalid(itemPath, "must be a string");
            }
            var text = Check.length(item.asString(), itemPath, 1, maxLength);
            if (!allowed.isEmpty() && !allowed.contains(text)) {
                throw Check.invalid(itemPath, "must be one of " + sorted(allowed));
            }
            if (!strings.add(text)) {
                throw Check.invalid(itemPath, "items must be unique");
            }
        }
        return List.copyOf(strings);
    }

    /** An array of objects, each read with its own path ({@code match_policy.0}); absent is empty, null refused. */
    <T> List<T> array(String field, int max, Set<String> fields, Function<PolicyNode, T> read) {
        var value = node.get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray() || value.size() > max) {
            throw Check.invalid(path(field), "must be an array of at most " + max + " items");
        }
        var items = new ArrayList<T>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(read.apply(of(value.get(i), path(field) + "." + i, fields, matchLabels)));
        }
        return List.copyOf(items);
    }

    /** The raw value, for the few fields whose shape depends on another (a quality check's threshold). */
    JsonNode raw(String field) {
        return node.get(field);
    }

    private List<JsonNode> nonEmptyArray(String field, JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw Check.invalid(path(field), "must be a non-empty array");
        }
        var items = new ArrayList<JsonNode>(value.size());
        value.forEach(items::add);
        return items;
    }

    static LunaException invalid(String path, String message) {
        return Check.invalid(path, message);
    }

    private static <T extends Comparable<T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
