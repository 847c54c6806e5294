package org.openluna.shared.events;

import static org.openluna.shared.api.QueryParams.bad;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import org.openluna.shared.api.NumberFields;

/**
 * A filter on an event's {@code meta}: {@code meta.<dotted.path>__<operator>:<type>=<value>} (seed l.8720,
 * {@code meta.field_1__gt:numeric=36.6&meta.field_2.field_3__in=value,none&meta.field_4:integer=5}). The
 * seed lost its lists of operators and types; ours: {@code eq} (the default), {@code neq}, {@code in},
 * {@code nin}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code like} (SQL's {@code %} and
 * {@code _}), and the types {@code string} (the default), {@code integer}, {@code numeric}. {@code none}
 * stands for JSON null, as the seed's example has it among the values of {@code in}. A field the event's
 * meta lacks is null; null passes only {@code eq none}, {@code in} with none, {@code neq} and {@code nin} without it.
 */
public record MetaFilter(List<String> path, String operator, String type, List<Object> values) {
    private static final Pattern NAME = Pattern.compile(
            "^meta\\.([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*(?:\\.[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)*)(?:__(eq|neq|in|nin|gt|gte|lt|lte|like))?(?::(string|integer|numeric))?$");
    static final String NONE = "none";

    public MetaFilter {
        path = List.copyOf(path);
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    static boolean isMetaParameter(String name) {
        return name.startsWith("meta.");
    }

    static MetaFilter parse(String name, List<String> given) {
        var m = NAME.matcher(name);
        if (!m.matches() || given.size() != 1) {
            throw bad(name);
        }
        var operator = m.group(2) == null ? "eq" : m.group(2);
        var type = m.group(3) == null ? "string" : m.group(3);
        var raw = given.getFirst();
        var items = operator.equals("in") || operator.equals("nin") ? List.of(raw.split(",", -1)) : List.of(raw);
        var values = new ArrayList<Object>();
        for (var item : items) {
            values.add(value(name, item, type, operator));
        }
        return new MetaFilter(List.of(m.group(1).split("\\.")), operator, type, values);
    }

    private static Object value(String name, String item, String type, String operator) {
        if (item.equals(NONE) && !operator.equals("like")) {
            return null;
        }
        try {
            return switch (type) {
                case "integer" -> Long.parseLong(item);
                case "numeric" -> Double.parseDouble(item);
                default -> item;
            };
        } catch (NumberFormatException e) {
            throw bad(name);
        }
    }

    public boolean test(JsonNode meta) {
        var node = meta;
        for (var field : path) {
            node = node == null || !node.isObject() ? null : node.get(field);
        }
        var held = node == null || node.isNull() ? null : read(node);
        return switch (operator) {
            case "eq" -> Objects.equals(held, values.getFirst());
            case "neq" -> !Objects.equals(held, values.getFirst());
            case "in" -> values.contains(held);
            case "nin" -> !values.contains(held);
            case "like" -> held instanceof String text && LikePattern.matches(text, (String) values.getFirst());
            default -> held != null && values.getFirst() != null && compare(held, values.getFirst());
        };
    }

    /** The field as this filter's type reads it; a value of another type matches nothing but the negations. */
    private Object read(JsonNode node) {
        return switch (type) {
            // a number past a long's or a double's range is none of them, as a string is none
            case "integer" -> NumberFields.integral(node).isPresent() ? (Object) NumberFields.integral(node).getAsLong() : new Mismatch();
            case "numeric" -> NumberFields.finite(node).isPresent() ? (Object) NumberFields.finite(node).getAsDouble() : new Mismatch();
            default -> node.isString() ? node.asString() : new Mismatch();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean compare(Object held, Object bound) {
        if (held instanceof Mismatch || held.getClass() != bound.getClass()) {
            return false;
        }
        int c = ((Comparable) held).compareTo(bound);
        return switch (operator) {
            case "gt" -> c > 0;
            case "gte" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
        };
    }


    /** A field of another type than the filter's: equal to no value. */
    private record Mismatch() {
        @Override
        public boolean equals(Object other) {
            return false;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    static List<MetaFilter> all(Map<String, List<String>> query) {
        var filters = new ArrayList<MetaFilter>();
        query.forEach((name, values) -> {
            if (isMetaParameter(name)) {
                filters.add(parse(name, values));
            }
        });
        return filters;
    }
}
