package org.openluna.shared.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import tools.jackson.databind.JsonNode;

/**
 * One parameter of an analytic: how it is checked, its default, and how the analytic's
 * {@code validation_schema} shows it, all from this one definition.
 *
 * @param fallback the default; null for a required parameter
 */
public record AnalyticParameter(String name, Kind kind, double min, double max, Object fallback, String description) {
    public enum Kind { INTEGER, NUMBER, ID }

    public static AnalyticParameter required(String name, Kind kind, String description) {
        return new AnalyticParameter(name, kind, 0, 0, null, description);
    }

    public boolean isRequired() {
        return fallback == null;
    }

    /** The value given at {@code path}, checked; numbers as Double or Long, ids as UUID. */
    Object read(JsonNode value, String path) {
        switch (kind) {
            case ID -> {
                return Ids.parseUuid(value.isString() ? value.asString() : null)
                        .orElseThrow(() -> Check.invalid(path, "must be a UUID4 in lower case"));
            }
            case INTEGER -> {
                if (!value.isIntegralNumber() || value.asDouble() < min || value.asDouble() > max) {
                    throw Check.invalid(path, "must be an integer from " + (long) min + " to " + (long) max);
                }
                return value.asLong();
            }
            default -> {
                if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
                    throw Check.invalid(path, "must be a number from " + min + " to " + max);
                }
                return value.asDouble();
            }
        }
    }

    Map<String, Object> schema() {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("description", description);
        switch (kind) {
            case ID -> {
                schema.put("type", "string");
                schema.put("format", "uuid");
            }
            case INTEGER -> {
                schema.put("type", "integer");
                schema.put("minimum", (long) min);
                schema.put("maximum", (long) max);
            }
            default -> {
                schema.put("type", "number");
                schema.put("minimum", min);
                schema.put("maximum", max);
            }
        }
        if (!isRequired()) {
            schema.put("default", fallback);
        }
        return schema;
    }
}
