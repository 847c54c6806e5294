package org.openluna.shared.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/events} (seed l.8653-8724), all of which an event must pass. The fields
 * an index can serve are kept apart so {@link EventSearch} can pick where to read (ADR 0013); every
 * filter, those included, is also one of {@link #conditions()}, checked on each event read, so the
 * answer never depends on the index chosen.
 *
 * @param eventIds null for any event
 * @param createTime with the default month applied when the seed applies it
 * @param handlerIds null for any handler
 * @param faceIds null for any face
 * @param externalIds null for any external id
 * @param trackIds null for any track; an index serves it only without {@code null} among the values
 * @param topSimilarObjectIds null for any top match
 * @param streamIds null for any stream
 * @param sources null for any source
 * @param ascending oldest (or lowest id) first; the seed's default is newest first
 */
public record EventFilter(List<UUID> eventIds, IdRange eventId, TimeRange createTime, List<UUID> handlerIds, List<UUID> faceIds,
                          List<String> externalIds, NullableValues<String> trackIds, List<String> topSimilarObjectIds,
                          NullableValues<UUID> streamIds, NullableValues<String> sources, List<Condition> conditions,
                          boolean ascending) {

    /** One filter as a test of a stored event, named by its query parameter. */
    public record Condition(String name, Predicate<StoredEvent> test) {
        public Condition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(test, "test");
        }
    }

    public EventFilter {
        eventIds = eventIds == null ? null : List.copyOf(eventIds);
        Objects.requireNonNull(eventId, "event id range");
        Objects.requireNonNull(createTime, "create time range");
        handlerIds = handlerIds == null ? null : List.copyOf(handlerIds);
        faceIds = faceIds == null ? null : List.copyOf(faceIds);
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
        topSimilarObjectIds = topSimilarObjectIds == null ? null : List.copyOf(topSimilarObjectIds);
        conditions = List.copyOf(conditions);
    }

    /** The seed's rule: bounds on event_id sort the answer by id, otherwise events come in time order (l.8713). */
    public boolean sortsById() {
        return eventId.isBounded();
    }

    public boolean matches(StoredEvent event) {
        for (var condition : conditions) {
            if (!condition.test().test(event)) {
                return false;
            }
        }
        return true;
    }
}
