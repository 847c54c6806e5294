package org.openluna.shared.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The event fields {@code POST /6/events/stats} aggregates and filters on. The seed lost its table of
 * fields and functions (l.8580); ours are the stored event's scalar fields, the top match's parts and the
 * location's, each of one kind: text compares as text, numbers as numbers, times as times.
 */
enum StatsColumn {
    EVENT_ID("event_id", Kind.TEXT, e -> text(e.eventId())),
    HANDLER_ID("handler_id", Kind.TEXT, e -> text(e.handlerId())),
    SOURCE("source", Kind.TEXT, StoredEvent::source),
    STREAM_ID("stream_id", Kind.TEXT, e -> text(e.streamId())),
    EXTERNAL_ID("external_id", Kind.TEXT, e -> e.externalId().isEmpty() ? null : e.externalId()),
    USER_DATA("user_data", Kind.TEXT, StoredEvent::userData),
    TRACK_ID("track_id", Kind.TEXT, StoredEvent::trackId),
    FACE_ID("face_id", Kind.TEXT, e -> text(e.faceId())),
    TOP_SIMILAR_OBJECT_ID("top_similar_object_id", Kind.TEXT, e -> e.topMatch() == null ? null : e.topMatch().objectId().toString()),
    TOP_SIMILAR_EXTERNAL_ID("top_similar_external_id", Kind.TEXT, e -> e.topMatch() == null ? null : e.topMatch().externalId()),
    TOP_MATCHING_CANDIDATES_LABEL("top_matching_candidates_label", Kind.TEXT, e -> e.topMatch() == null ? null : e.topMatch().label()),
    TOP_SIMILAR_OBJECT_SIMILARITY("top_similar_object_similarity", Kind.NUMBER, e -> e.topMatch() == null ? null : e.topMatch().similarity()),
    AGE("age", Kind.NUMBER, e -> e.estimates().age()),
    GENDER("gender", Kind.NUMBER, e -> e.estimates().gender()),
    EMOTION("emotion", Kind.NUMBER, e -> e.estimates().emotion()),
    MASK("mask", Kind.NUMBER, e -> e.estimates().mask()),
    ETHNIC_GROUP("ethnic_group", Kind.NUMBER, e -> e.estimates().ethnicGroup()),
    LIVENESS("liveness", Kind.NUMBER, e -> e.estimates().liveness()),
    DEEPFAKE("deepfake", Kind.NUMBER, e -> e.estimates().deepfake()),
    CITY("city", Kind.TEXT, e -> e.location().city()),
    AREA("area", Kind.TEXT, e -> e.location().area()),
    DISTRICT("district", Kind.TEXT, e -> e.location().district()),
    STREET("street", Kind.TEXT, e -> e.location().street()),
    HOUSE_NUMBER("house_number", Kind.TEXT, e -> e.location().houseNumber()),
    LONGITUDE("longitude", Kind.NUMBER, e -> e.location().longitude()),
    LATITUDE("latitude", Kind.NUMBER, e -> e.location().latitude()),
    CREATE_TIME("create_time", Kind.TIME, StoredEvent::createTime),
    END_TIME("end_time", Kind.TIME, StoredEvent::endTime);

    enum Kind { TEXT, NUMBER, TIME }

    private final String wire;
    private final Kind kind;
    private final Function<StoredEvent, Object> value;

    StatsColumn(String wire, Kind kind, Function<StoredEvent, Object> value) {
        this.wire = wire;
        this.kind = kind;
        this.value = value;
    }

    String wire() {
        return wire;
    }

    Kind kind() {
        return kind;
    }

    /** The event's value: a String, a Number or an Instant by the kind; null when the event has none. */
    Object of(StoredEvent event) {
        return value.apply(event);
    }

    static Optional<StatsColumn> named(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

}
