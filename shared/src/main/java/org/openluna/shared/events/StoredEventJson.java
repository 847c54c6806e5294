package org.openluna.shared.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored event written as the seed's {@code GET /6/events} prints it, keys in its example's order
 * (l.8728-8951), and read back from that text: the events table keeps exactly this form, and the
 * event's descriptor beside it.
 */
public final class StoredEventJson {
    /** Every field of a stored event, in the seed's order; also the values {@code target} may name (l.8666). */
    public static final List<String> FIELDS = List.of("create_time", "end_time", "event_id", "handler_id", "face_id",
            "account_id", "external_id", "source", "stream_id", "top_match", "match_result", "face_detections",
            "body_detections", "attach_result", "gender", "age", "emotion", "mask", "ethnic_group", "tags", "user_data",
            "location", "track_id", "liveness", "deepfake", "body_basic_attributes", "upper_body", "lower_body",
            "accessories", "meta");

    private StoredEventJson() {}

    public static ObjectNode write(StoredEvent e) {
        var json = Json.object();
        json.put("create_time", Times.format(e.createTime()));
        json.put("end_time", Times.format(e.endTime()));
        json.put("event_id", e.eventId().toString());
        json.put("handler_id", text(e.handlerId()));
        json.put("face_id", text(e.faceId()));
        json.put("account_id", e.accountId().toString());
        json.put("external_id", e.externalId());
        json.put("source", e.source());
        json.put("stream_id", text(e.streamId()));
        json.set("top_match", e.topMatch() == null ? null : Json.mapper().valueToTree(e.topMatch().toJson()));
        json.set("match_result", copy(e.matchResult()));
        json.set("face_detections", copy(e.faceDetections()));
        json.set("body_detections", copy(e.bodyDetections()));
        json.set("attach_result", e.attachResult() == null ? null : Json.mapper().valueToTree(e.attachResult().stream().map(UUID::toString).toList()));
        var x = e.estimates();
        json.put("gender", x.gender());
        json.put("age", x.age());
        json.put("emotion", x.emotion());
        json.put("mask", x.mask());
        json.put("ethnic_group", x.ethnicGroup());
        json.set("tags", Json.mapper().valueToTree(e.tags()));
        json.put("user_data", e.userData());
        json.set("location", Json.mapper().valueToTree(e.location().toJson()));
        json.put("track_id", e.trackId());
        json.put("liveness", x.liveness());
        json.put("deepfake", x.deepfake());
        json.set("body_basic_attributes", copy(x.bodyBasicAttributes()));
        json.set("upper_body", copy(x.upperBody()));
        json.set("lower_body", copy(x.lowerBody()));
        json.set("accessories", copy(x.accessories()));
        json.set("meta", copy(e.meta()));
        return json;
    }

    /** The event with only the fields {@code target} names, in the seed's order. */
    public static ObjectNode write(StoredEvent e, List<String> targets) {
        var all = write(e);
        if (targets.size() == FIELDS.size()) {
            return all;
        }
        var some = Json.object();
        FIELDS.stream().filter(targets::contains).forEach(field -> some.set(field, all.get(field)));
        return some;
    }

    public static StoredEvent read(JsonNode json) {
        var estimates = new StoredEvent.Estimates(integer(json, "gender"), integer(json, "age"), integer(json, "emotion"),
                integer(json, "mask"), integer(json, "ethnic_group"), integer(json, "liveness"), integer(json, "deepfake"),
                json.get("body_basic_attributes"), json.get("upper_body"), json.get("lower_body"), json.get("accessories"));
        return new StoredEvent(
                uuid(json, "event_id"),
                uuid(json, "account_id"),
                uuid(json, "handler_id"),
                Instant.parse(json.get("create_time").asString()),
                Instant.parse(json.get("end_time").asString()),
                text(json, "source"),
                uuid(json, "stream_id"),
                text(json, "external_id"),
                text(json, "user_data"),
                text(json, "track_id"),
                uuid(json, "face_id"),
                strings(json.get("tags")),
                Location.fromJson(json.get("location")),
                topMatch(json.get("top_match")),
                json.get("match_result"),
                json.get("face_detections"),
                json.get("body_detections"),
                json.hasNonNull("attach_result") ? strings(json.get("attach_result")).stream().map(UUID::fromString).toList() : null,
                estimates,
                json.get("meta"),
                null);
    }

    private static TopMatch topMatch(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        var kind = node.hasNonNull("face_id") ? TopMatch.FACE : TopMatch.EVENT;
        return new TopMatch(kind, UUID.fromString(node.get(kind + "_id").asString()), node.get("similarity").asDouble(),
                node.get("label").asString(), text(node, "external_id"));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static JsonNode copy(JsonNode node) {
        return node == null ? null : node.deepCopy();
    }

    private static String text(JsonNode json, String field) {
        var value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static UUID uuid(JsonNode json, String field) {
        var value = text(json, field);
        return value == null ? null : UUID.fromString(value);
    }

    private static Integer integer(JsonNode json, String field) {
        var value = json.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        if (array != null && array.isArray()) {
            array.forEach(item -> values.add(item.asString()));
        }
        return values;
    }
}
