package org.openluna.shared.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.api.QueryParams;
import tools.jackson.databind.JsonNode;

/**
 * Events as candidates are chosen by the filters of {@code GET /6/events} written as JSON (seed l.2540-2610:
 * lists as arrays, {@code null} among them for events without the field): each value is read as the
 * query's text would be, by the same reader, so the two never disagree. A bad value is 12022 with its
 * path rather than the query's 12012. {@code origin} and {@code account_id} are the caller's to read.
 */
public final class EventFilterJson {
    /** What a JSON filter may not name: the listing's own parameters, which choose no event. */
    private static final Set<String> NOT_FILTERS = Set.of("target", "order", "page", "page_size");

    private EventFilterJson() {}

    public static EventFilter read(JsonNode filters, String path, Clock clock) {
        var query = new LinkedHashMap<String, List<String>>();
        filters.properties().forEach(field -> {
            var name = field.getKey();
            if (name.equals("origin") || name.equals("account_id")) {
                return;
            }
            if (NOT_FILTERS.contains(name)) {
                throw Check.invalid(path + "." + name, "extra fields not permitted");
            }
            query.put(name, List.of(text(field.getValue(), path + "." + name)));
        });
        try {
            return EventFilterQuery.parse(QueryParams.of(query), clock);
        } catch (LunaException e) {
            if (e.error() == ErrorCode.BAD_QUERY_PARAMETER) {
                var name = e.detail().replaceAll("^Bad query parameters '(.*)'$", "$1");
                throw Check.invalid(path + "." + name, "value is not valid");
            }
            throw e;
        }
    }

    private static String text(JsonNode value, String path) {
        if (value.isArray()) {
            var items = new ArrayList<String>();
            value.forEach(item -> items.add(scalar(item, path)));
            if (items.isEmpty()) {
                throw Check.invalid(path, "must not be empty");
            }
            return String.join(",", items);
        }
        return scalar(value, path);
    }

    private static String scalar(JsonNode value, String path) {
        if (value.isNull()) {
            return NullableValues.NULL;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isIntegralNumber()) {
            return value.asString();
        }
        if (value.isNumber()) {
            // past a double's range JSON still reads it, as an infinity no filter takes
            if (NumberFields.finite(value).isEmpty()) {
                throw Check.invalid(path, "must be a finite number");
            }
            return value.decimalValue().toPlainString();
        }
        throw Check.invalid(path, "must be a string, a number, null or an array of them");
    }
}
