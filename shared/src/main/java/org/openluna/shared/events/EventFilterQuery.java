package org.openluna.shared.events;

import static org.openluna.shared.api.QueryParams.bad;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.events.EventFilter.Condition;
import tools.jackson.databind.JsonNode;

/**
 * Reads the filters of {@code GET /6/events} (seed l.8665-8724) from the query, each bad value a 12012
 * naming its parameter. Without event ids, id bounds or creation time bounds, the seed's default applies:
 * events created within the last month (l.8654-8662).
 */
public final class EventFilterQuery {
    static final double DEFAULT_GEO_DELTA = 0.01;
    private static final int MAX_ID_TEXT = 36;
    private static final int MAX_SOURCE = 128;
    private static final Pattern TRACK_ID = Pattern.compile("^[a-zA-Z0-9_\\-]{1,36}$");
    private static final Set<String> PLACES = Set.of("city", "area", "district", "street", "house_number");

    private final QueryParams query;
    private final Clock clock;
    private final List<Condition> conditions = new ArrayList<>();

    private EventFilterQuery(QueryParams query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    public static EventFilter parse(QueryParams query, Clock clock) {
        return new EventFilterQuery(query, clock).read();
    }

    private EventFilter read() {
        var eventIds = query.uuids("event_ids").orElse(null);
        var eventId = IdRange.from(query, "event_id");
        var createTime = TimeRange.from(query, "create_time", clock);
        if (eventIds == null && !eventId.isBounded() && createTime.gte() == null && createTime.lt() == null) {
            var now = clock.instant();
            createTime = new TimeRange(now.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant(), now);
        }
        var endTime = TimeRange.from(query, "end_time", clock);
        var handlerIds = query.uuids("handler_ids").orElse(null);
        var faceIds = query.uuids("face_ids").orElse(null);
        var externalIds = NullableValues.items(query, "external_ids").map(items -> requireLength(items, "external_ids", MAX_ID_TEXT)).orElse(null);
        var trackIds = NullableValues.read(query, "track_ids", item -> TRACK_ID.matcher(item).matches() ? Optional.of(item) : Optional.empty()).orElse(null);
        var topIds = NullableValues.items(query, "top_similar_object_ids").map(items -> requireLength(items, "top_similar_object_ids", MAX_ID_TEXT)).orElse(null);
        var streamIds = NullableValues.read(query, "stream_ids", Ids::parseUuid).orElse(null);
        var sources = NullableValues.read(query, "sources", NullableValues.text(MAX_SOURCE)).orElse(null);

        var ids = eventIds;
        add(ids != null, "event_ids", e -> ids.contains(e.eventId()));
        add(eventId.isBounded(), "event_id", e -> eventId.contains(e.eventId()));
        var created = createTime;
        add(true, "create_time", e -> created.contains(e.createTime()));
        add(endTime.gte() != null || endTime.lt() != null, "end_time", e -> endTime.contains(e.endTime()));
        add(handlerIds != null, "handler_ids", e -> handlerIds.contains(e.handlerId()));
        add(faceIds != null, "face_ids", e -> faceIds.contains(e.faceId()));
        add(externalIds != null, "external_ids", e -> externalIds.contains(e.externalId()));
        add(trackIds != null, "track_ids", e -> trackIds.test(e.trackId()));
        add(topIds != null, "top_similar_object_ids", e -> e.topMatch() != null && topIds.contains(e.topMatch().objectId().toString()));
        add(streamIds != null, "stream_ids", e -> streamIds.test(e.streamId()));
        add(sources != null, "sources", e -> sources.test(e.source()));
        readOnRead();
        return new EventFilter(eventIds, eventId, createTime, handlerIds, faceIds, externalIds, trackIds, topIds, streamIds, sources,
                conditions, order());
    }

    /** The filters no index serves: checked on each event read. */
    private void readOnRead() {
        for (var place : PLACES) {
            var name = place.equals("city") ? "cities" : place + "s";
            NullableValues.read(query, name, NullableValues.text(36))
                    .ifPresent(wanted -> add(true, name, e -> wanted.test(e.location().part(place))));
        }
        geo();
        query.string("top_matching_candidates_label").ifPresent(label ->
                add(true, "top_matching_candidates_label", e -> e.topMatch() != null && e.topMatch().label().equals(label)));
        NullableValues.items(query, "top_similar_external_ids").ifPresent(ids -> {
            requireLength(ids, "top_similar_external_ids", MAX_ID_TEXT);
            add(true, "top_similar_external_ids", e -> e.topMatch() != null && ids.contains(e.topMatch().externalId()));
        });
        var similarityGte = decimal("top_similar_object_similarity__gte", 0, 1);
        var similarityLt = decimal("top_similar_object_similarity__lt", 0, 1);
        add(similarityGte != null || similarityLt != null, "top_similar_object_similarity", e -> e.topMatch() != null
                && (similarityGte == null || e.topMatch().similarity() >= similarityGte)
                && (similarityLt == null || e.topMatch().similarity() < similarityLt));
        range("age", e -> e.estimates().age(), 0, Integer.MAX_VALUE);
        codes("gender", Set.of(0, 1), e -> e.estimates().gender());
        codes("emotions", Set.of(1, 2, 3, 4, 5, 6, 7), e -> e.estimates().emotion());
        codes("masks", Set.of(1, 2, 3), e -> e.estimates().mask());
        codes("ethnic_groups", Set.of(1, 2, 3, 4), e -> e.estimates().ethnicGroup());
        codes("liveness", Set.of(0, 1, 2), e -> e.estimates().liveness());
        codes("deepfake", Set.of(0, 1), e -> e.estimates().deepfake());
        body();
        query.string("user_data").ifPresent(part -> add(true, "user_data", e -> e.userData().contains(part)));
        NullableValues.items(query, "tags").ifPresent(tags -> {
            requireLength(tags, "tags", 36);
            add(true, "tags", e -> e.tags().containsAll(tags));
        });
        for (var meta : MetaFilter.all(query.asMap())) {
            add(true, "meta", e -> meta.test(e.meta()));
        }
    }

    /** The attributes of the body (seed l.8696-8710): read from the stored body objects. */
    private void body() {
        codes("apparent_gender", Set.of(0, 1, 2), e -> integer(e.estimates().bodyBasicAttributes(), "/apparent_gender"));
        range("apparent_age", e -> integer(e.estimates().bodyBasicAttributes(), "/apparent_age"), 0, 100);
        codes("headwear_states", Set.of(0, 1, 2), e -> integer(e.estimates().upperBody(), "/headwear/state"));
        texts("headwear_apparent_colors", Set.of(), e -> text(e.estimates().upperBody(), "/headwear/apparent_color"));
        texts("sleeve_lengths", Set.of("short", "long", "undefined"), e -> text(e.estimates().upperBody(), "/sleeve/length"));
        anyOf("upper_clothing_colors", e -> texts(e.estimates().upperBody(), "/upper_clothing/colors"));
        anyOf("lower_garment_colors", e -> texts(e.estimates().lowerBody(), "/lower_garment/colors"));
        texts("lower_garment_types", Set.of("undefined", "trousers", "shorts", "skirt"), e -> text(e.estimates().lowerBody(), "/lower_garment/type"));
        texts("shoes_apparent_colors", Set.of(), e -> text(e.estimates().lowerBody(), "/shoes/apparent_color"));
        codes("backpack_states", Set.of(0, 1, 2), e -> integer(e.estimates().accessories(), "/backpack/state"));
    }

    /**
     * The geo box (seed l.8676-8681): both origins make a box of the deltas (default 0.01, 0-90) around
     * them, borders included; an origin of {@code null} without deltas asks for events without a position.
     */
    private void geo() {
        var longitude = query.string("origin_longitude");
        var latitude = query.string("origin_latitude");
        boolean deltas = query.string("longitude_delta").isPresent() || query.string("latitude_delta").isPresent();
        if (longitude.isEmpty() && latitude.isEmpty()) {
            if (deltas) {
                throw bad("origin_longitude");
            }
            return;
        }
        if (longitude.filter("null"::equals).isPresent() || latitude.filter("null"::equals).isPresent()) {
            if (deltas) {
                throw bad(longitude.filter("null"::equals).isPresent() ? "origin_longitude" : "origin_latitude");
            }
            add(true, "origin_longitude", e -> !e.location().hasGeoPosition());
            return;
        }
        if (longitude.isEmpty() || latitude.isEmpty()) {
            throw bad(longitude.isEmpty() ? "origin_longitude" : "origin_latitude");
        }
        double x = query.number("origin_longitude", 0, -180, 180);
        double y = query.number("origin_latitude", 0, -90, 90);
        double dx = query.number("longitude_delta", DEFAULT_GEO_DELTA, 0, 90);
        double dy = query.number("latitude_delta", DEFAULT_GEO_DELTA, 0, 90);
        add(true, "geo_position", e -> e.location().hasGeoPosition()
                && Math.abs(e.location().longitude() - x) <= dx && Math.abs(e.location().latitude() - y) <= dy);
    }

    private boolean order() {
        var order = query.string("order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw bad("order");
        }
        return order.equals("asc");
    }

    private void add(boolean given, String name, java.util.function.Predicate<StoredEvent> test) {
        if (given) {
            conditions.add(new Condition(name, test));
        }
    }

    private void range(String field, Function<StoredEvent, Integer> value, int min, int max) {
        Integer gte = query.string(field + "__gte").isPresent() ? query.integer(field + "__gte", 0, min, max) : null;
        Integer lt = query.string(field + "__lt").isPresent() ? query.integer(field + "__lt", 0, min, max) : null;
        add(gte != null || lt != null, field, e -> {
            var v = value.apply(e);
            return v != null && (gte == null || v >= gte) && (lt == null || v < lt);
        });
    }

    private void codes(String name, Set<Integer> allowed, Function<StoredEvent, Integer> value) {
        NullableValues.read(query, name, NullableValues.integerIn(allowed)).ifPresent(wanted -> add(true, name, e -> wanted.test(value.apply(e))));
    }

    private void texts(String name, Set<String> allowed, Function<StoredEvent, String> value) {
        var reader = allowed.isEmpty() ? NullableValues.text(MAX_ID_TEXT) : NullableValues.oneOf(allowed);
        NullableValues.read(query, name, reader).ifPresent(wanted -> add(true, name, e -> wanted.test(value.apply(e))));
    }

    private void anyOf(String name, Function<StoredEvent, List<String>> values) {
        NullableValues.read(query, name, NullableValues.text(MAX_ID_TEXT)).ifPresent(wanted -> add(true, name, e -> wanted.testAny(values.apply(e))));
    }

    private Double decimal(String name, double min, double max) {
        return query.string(name).isPresent() ? query.number(name, 0, min, max) : null;
    }

    private static List<String> requireLength(Collection<String> items, String name, int max) {
        if (items.stream().anyMatch(item -> item.length() > max)) {
            throw bad(name);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(items));
    }

    private static Integer integer(JsonNode object, String pointer) {
        if (object == null) {
            return null;
        }
        var value = object.at(pointer);
        var read = NumberFields.integral(value);
        return read.isPresent() && read.getAsLong() == (int) read.getAsLong() ? (Integer) (int) read.getAsLong() : null;
    }

    private static String text(JsonNode object, String pointer) {
        if (object == null) {
            return null;
        }
        var value = object.at(pointer);
        return value.isString() ? value.asString() : null;
    }

    private static List<String> texts(JsonNode object, String pointer) {
        var values = new ArrayList<String>();
        if (object != null) {
            object.at(pointer).forEach(item -> {
                if (item.isString()) {
                    values.add(item.asString());
                }
            });
        }
        return values;
    }
}
