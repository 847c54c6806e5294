package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code threshold} of one face quality check: a range for a measured value, the values a
 * categorical one may take, or the 0/1 a yes-or-no check must give (seed l.3030-3280).
 */
public sealed interface QualityThreshold {

    Object toJson();

    /** {@code {"min", "max"}}; a bound left out (null) does not limit. */
    record Range(Double min, Double max) implements QualityThreshold {
        static final Set<String> FIELDS = Set.of("min", "max");

        static Range read(JsonNode value, String path) {
            var node = PolicyNode.of(value, path, FIELDS);
            var range = new Range(node.nullableNumber("min", -Double.MAX_VALUE, Double.MAX_VALUE),
                    node.nullableNumber("max", -Double.MAX_VALUE, Double.MAX_VALUE));
            if (range.min != null && range.max != null && range.min > range.max) {
                throw PolicyNode.invalid(path, "min must not be greater than max");
            }
            return range;
        }

        /** Bounds included, as LUNA holds {@code eye_distance} to a minimum of 90 and passes 90. */
        public boolean holds(double value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }

        @Override
        public Object toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("min", JsonNumbers.of(min));
            json.put("max", JsonNumbers.of(max));
            return json;
        }
    }

    /** The values that pass, at least one; {@code allowed} empty means the seed does not list them all. */
    record Values(List<String> values) implements QualityThreshold {
        public Values {
            values = List.copyOf(values);
        }

        /** A value that could not be told (null) is none of the allowed ones. */
        public boolean holds(String value) {
            return value != null && values.contains(value);
        }

        static Values read(JsonNode value, String path, Set<String> allowed) {
            var wrapper = PolicyNode.of(wrap(value), path.substring(0, path.lastIndexOf('.')), Set.of("threshold"));
            return new Values(wrapper.strings("threshold", allowed, 64));
        }

        @Override
        public Object toJson() {
            return values;
        }
    }

    /** The one value, 0 or 1, that passes. */
    record Flag(int value) implements QualityThreshold {
        static Flag read(JsonNode value, String path) {
            var wrapper = PolicyNode.of(wrap(value), path.substring(0, path.lastIndexOf('.')), Set.of("threshold"));
            return new Flag(wrapper.oneOf("threshold", 0, Set.of(0, 1)));
        }

        public boolean holds(int value) {
            return value == this.value;
        }

        @Override
        public Object toJson() {
            return value;
        }
    }

    /** A lone value as the {@code threshold} field of an object, so that it is read with that field's path. */
    private static JsonNode wrap(JsonNode value) {
        var object = org.openluna.shared.api.Json.object();
        object.set("threshold", value);
        return object;
    }
}
