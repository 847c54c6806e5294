package org.openluna.shared.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.Ids;
import org.openluna.shared.events.EventFilter.Condition;

/**
 * The events statistics are made of: the period and every filter of the request as conditions, and, as
 * for {@code GET /6/events}, an index picked from the filters that name values of an indexed field
 * ({@code eq} or {@code in} on event, handler, face, external, track, stream or top match ids and sources).
 */
final class StatsFilters {
    private StatsFilters() {}

    static EventFilter of(StatsRequest request) {
        var conditions = new ArrayList<Condition>();
        var period = request.period();
        conditions.add(new Condition("period", e -> period.contains(e.createTime())));
        List<UUID> eventIds = null;
        List<UUID> handlerIds = null;
        List<UUID> faceIds = null;
        List<String> externalIds = null;
        NullableValues<String> trackIds = null;
        List<String> topIds = null;
        NullableValues<UUID> streamIds = null;
        NullableValues<String> sources = null;
        for (var filter : request.filters()) {
            conditions.add(new Condition(filter.column().wire(), e -> test(filter, filter.column().of(e))));
            var named = named(filter);
            if (named == null) {
                continue;
            }
            switch (filter.column()) {
                case EVENT_ID -> eventIds = ids(named);
                case HANDLER_ID -> handlerIds = ids(named);
                case FACE_ID -> faceIds = ids(named);
                case EXTERNAL_ID -> externalIds = named;
                case TRACK_ID -> trackIds = new NullableValues<>(java.util.Set.copyOf(named), false);
                case TOP_SIMILAR_OBJECT_ID -> topIds = named;
                case STREAM_ID -> streamIds = new NullableValues<>(java.util.Set.copyOf(ids(named)), false);
                case SOURCE -> sources = new NullableValues<>(java.util.Set.copyOf(named), false);
                default -> { }
            }
        }
        return new EventFilter(eventIds, IdRange.any(), period, handlerIds, faceIds, externalIds, trackIds, topIds, streamIds, sources,
                conditions, true);
    }

    /** The texts an {@code eq} or {@code in} filter names, when none is null; null otherwise. */
    @SuppressWarnings("unchecked")
    private static List<String> named(StatsRequest.Filter filter) {
        if (filter.column().kind() != StatsColumn.Kind.TEXT) {
            return null;
        }
        List<Object> values = switch (filter.operator()) {
            case "eq" -> filter.value() == null ? null : List.of(filter.value());
            case "in" -> (List<Object>) filter.value();
            default -> null;
        };
        if (values == null || values.stream().anyMatch(java.util.Objects::isNull)) {
            return null;
        }
        return values.stream().map(v -> (String) v).toList();
    }

    /** Ids of the texts; a text that is no id can name no event, so it is left out. */
    private static List<UUID> ids(List<String> texts) {
        return texts.stream().flatMap(t -> Ids.parseUuid(t).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    static boolean test(StatsRequest.Filter filter, Object held) {
        var value = filter.value();
        return switch (filter.operator()) {
            case "eq" -> same(held, value);
            case "neq" -> !same(held, value);
            case "in" -> ((List<Object>) value).stream().anyMatch(v -> same(held, v));
            case "nin" -> ((List<Object>) value).stream().noneMatch(v -> same(held, v));
            case "like" -> held instanceof String text && LikePattern.matches(text, (String) value);
            default -> held != null && compare(filter.operator(), EventStats.compareValues(held, value));
        };
    }

    private static boolean same(Object held, Object value) {
        return held == null || value == null ? held == value : EventStats.compareValues(held, value) == 0;
    }

    private static boolean compare(String operator, int c) {
        return switch (operator) {
            case "gt" -> c > 0;
            case "gte" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
        };
    }

}
