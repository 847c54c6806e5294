package org.openluna.shared.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.api.Times;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /6/handlers/{handler_id}/events/raw} (seed l.8267-8564): an event built by the
 * user in the shape a handler answers, without {@code event_id} and {@code url}, with optional times and
 * {@code meta}. The seed's schema kept the top-level fields and their limits; those are checked (12022
 * with the path), as are the parts a stored event reads (ids, similarities, gender and age); the
 * estimation objects inside detections are kept as given, as LUNA's own estimators write more than this
 * platform reads.
 */
public record RawEventRequest(ObjectNode event, Instant createTime, Instant endTime, Descriptor descriptor) {
    static final Set<String> FIELDS = Set.of("detections", "source", "stream_id", "location", "external_id", "user_data", "track_id",
            "face", "matches", "face_attributes", "body_attributes", "aggregate_estimations", "tags", "create_time", "end_time", "meta");
    static final int MAX_DETECTIONS = 100;
    static final int MAX_MATCHES = 30;
    static final int MAX_TAGS = 1000;
    /** "Size shouldn't exceed 2MB" (l.8291). */
    public static final int MAX_META_BYTES = 2 * 1024 * 1024;
    private static final Pattern TRACK_ID = Pattern.compile("^[a-zA-Z0-9_\\-]{1,36}$");
    private static final Pattern META_FIELD = Pattern.compile("^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$");

    /** The event with its new id and url, as it is stored and sent to the Sender. */
    public static RawEventRequest read(JsonNode body, UUID eventId, Clock clock) {
        JsonFields.object(body, "", FIELDS);
        var event = Json.object();
        event.put("event_id", eventId.toString());
        event.put("url", "/6/events/" + eventId);
        event.set("detections", detections(body.get("detections")));
        event.put("source", text(body, "source", 128));
        event.put("stream_id", id(body.get("stream_id"), "stream_id"));
        event.set("location", location(body.get("location")));
        event.put("external_id", orEmpty(text(body, "external_id", 36)));
        event.put("user_data", orEmpty(text(body, "user_data", 128)));
        var trackId = text(body, "track_id", 36);
        Check.matches(trackId, "track_id", TRACK_ID);
        event.put("track_id", trackId);
        event.set("face", face(body.get("face")));
        event.set("matches", matches(body.get("matches")));
        event.set("face_attributes", faceAttributes(body.get("face_attributes")));
        event.set("body_attributes", objectOrNull(body.get("body_attributes"), "body_attributes"));
        event.set("aggregate_estimations", objectOrNull(body.get("aggregate_estimations"), "aggregate_estimations"));
        event.set("tags", tags(body.get("tags")));
        event.set("meta", meta(body.get("meta")));
        var created = time(body.get("create_time"), "create_time").orElse(Times.now(clock));
        var ended = time(body.get("end_time"), "end_time").orElse(created);
        return new RawEventRequest(event, created, ended, descriptor(body.get("face_attributes")));
    }

    private static JsonNode detections(JsonNode value) {
        var list = Json.mapper().createArrayNode();
        if (value == null || value.isNull()) {
            return list;
        }
        if (!value.isArray() || value.size() > MAX_DETECTIONS) {
            throw Check.invalid("detections", "must be an array of at most " + MAX_DETECTIONS + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            var path = "detections." + i;
            var detection = value.get(i);
            JsonFields.object(detection, path, Set.of("filename", "samples", "detect_time", "detect_ts", "image_origin"));
            stringOrNull(detection.get("filename"), path + ".filename");
            stringOrNull(detection.get("image_origin"), path + ".image_origin");
            if (detection.get("detect_time") != null && !detection.get("detect_time").isNull()) {
                time(detection.get("detect_time"), path + ".detect_time");
            }
            var ts = detection.get("detect_ts");
            if (ts != null && !ts.isNull()) {
                NumberFields.decimal(ts, path + ".detect_ts", -Double.MAX_VALUE, Double.MAX_VALUE);
            }
            var samples = Check.required(detection.get("samples"), path + ".samples");
            JsonFields.object(samples, path + ".samples", Set.of("face", "body"));
            for (var part : new String[] {"face", "body"}) {
                var sample = samples.get(part);
                if (sample != null && !sample.isNull()) {
                    var samplePath = path + ".samples." + part;
                    JsonFields.object(sample, samplePath, Set.of("sample_id", "detection", "url"));
                    id(sample.get("sample_id"), samplePath + ".sample_id");
                    objectOrNull(sample.get("detection"), samplePath + ".detection");
                }
            }
            list.add(detection.deepCopy());
        }
        return list;
    }

    private static JsonNode location(JsonNode value) {
        if (value == null || value.isNull()) {
            return Json.mapper().valueToTree(Location.NONE.toJson());
        }
        JsonFields.object(value, "location", Set.of("city", "area", "district", "street", "house_number", "geo_position"));
        for (var place : new String[] {"city", "area", "district", "street", "house_number"}) {
            text(value, place, Location.MAX_PART, "location." + place);
        }
        var geo = value.get("geo_position");
        if (geo != null && !geo.isNull()) {
            JsonFields.object(geo, "location.geo_position", Set.of("longitude", "latitude"));
            coordinate(geo.get("longitude"), "location.geo_position.longitude", 180);
            coordinate(geo.get("latitude"), "location.geo_position.latitude", 90);
        }
        return Json.mapper().valueToTree(Location.fromJson(value).toJson());
    }

    private static JsonNode face(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonFields.object(value, "face", Set.of("face_id", "event_id", "external_id", "user_data", "avatar", "lists", "url"));
        Check.required(id(value.get("face_id"), "face.face_id"), "face.face_id");
        id(value.get("event_id"), "face.event_id");
        var lists = value.get("lists");
        if (lists != null && !lists.isNull()) {
            if (!lists.isArray()) {
                throw Check.invalid("face.lists", "must be an array of list ids");
            }
            for (int i = 0; i < lists.size(); i++) {
                Check.required(id(lists.get(i), "face.lists." + i), "face.lists." + i);
            }
        }
        return value.deepCopy();
    }

    private static JsonNode matches(JsonNode value) {
        var list = Json.mapper().createArrayNode();
        if (value == null || value.isNull()) {
            return list;
        }
        if (!value.isArray() || value.size() > MAX_MATCHES) {
            throw Check.invalid("matches", "must be an array of at most " + MAX_MATCHES + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            var path = "matches." + i;
            var match = value.get(i);
            JsonFields.object(match, path, Set.of("label", "candidates"));
            stringOrNull(match.get("label"), path + ".label");
            var candidates = Check.required(match.get("candidates"), path + ".candidates");
            if (!candidates.isArray()) {
                throw Check.invalid(path + ".candidates", "must be an array");
            }
            for (int c = 0; c < candidates.size(); c++) {
                var candidatePath = path + ".candidates." + c;
                var candidate = candidates.get(c);
                JsonFields.object(candidate, candidatePath, Set.of("face", "event", "similarity"));
                var similarity = Check.required(candidate.get("similarity"), candidatePath + ".similarity");
                NumberFields.decimal(similarity, candidatePath + ".similarity", 0, 1);
                boolean face = candidate.hasNonNull("face");
                if (face == candidate.hasNonNull("event")) {
                    throw Check.invalid(candidatePath, "must hold one of face and event");
                }
                var kind = face ? "face" : "event";
                var object = candidate.get(kind);
                if (!object.isObject()) {
                    throw Check.invalid(candidatePath + "." + kind, "must be an object");
                }
                Check.required(id(object.get(kind + "_id"), candidatePath + "." + kind + "." + kind + "_id"),
                        candidatePath + "." + kind + "." + kind + "_id");
            }
            list.add(match.deepCopy());
        }
        return list;
    }

    private static JsonNode faceAttributes(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonFields.object(value, "face_attributes", Set.of("attribute_id", "basic_attributes", "score", "samples", "descriptor", "url", "filter"));
        id(value.get("attribute_id"), "face_attributes.attribute_id");
        var basic = value.get("basic_attributes");
        if (basic != null && !basic.isNull()) {
            JsonFields.object(basic, "face_attributes.basic_attributes", Set.of("age", "gender", "ethnicities"));
            var age = basic.get("age");
            if (age != null && !age.isNull()) {
                NumberFields.integer(age, "face_attributes.basic_attributes.age", 0, 1000);
            }
            var gender = basic.get("gender");
            if (gender != null && !gender.isNull()) {
                NumberFields.integer(gender, "face_attributes.basic_attributes.gender", 0, 1);
            }
        }
        return value.deepCopy();
    }

    /**
     * The face descriptor a user's event carries ({@code face_attributes.descriptor}, l.8520), as an SDK
     * descriptor in base64, the form {@code /6/sdk} gives; kept so the event can be matched against. A
     * descriptor of another version is 12043, as everywhere (ADR 0007).
     */
    private static Descriptor descriptor(JsonNode attributes) {
        if (attributes == null || !attributes.isObject()) {
            return null;
        }
        var text = stringOrNull(attributes.get("descriptor"), "face_attributes.descriptor");
        return text == null ? null : SdkDescriptor.parseBase64(text);
    }

    private static JsonNode tags(JsonNode value) {
        var list = Json.mapper().createArrayNode();
        if (value == null || value.isNull()) {
            return list;
        }
        if (!value.isArray() || value.size() > MAX_TAGS) {
            throw Check.invalid("tags", "must be an array of at most " + MAX_TAGS + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            var tag = value.get(i);
            if (!tag.isString() || tag.asString().isEmpty() || tag.asString().length() > 36) {
                throw Check.invalid("tags." + i, "must be a string of 1 to 36 characters");
            }
            list.add(tag.asString());
        }
        return list;
    }

    /** A JSON object of at most 2 MB whose field names are latin letters, digits and single underscores (l.8291). */
    private static JsonNode meta(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw Check.invalid("meta", "must be an object");
        }
        if (Json.writeString(value).getBytes(StandardCharsets.UTF_8).length > MAX_META_BYTES) {
            throw Check.invalid("meta", "must take at most " + MAX_META_BYTES + " bytes");
        }
        checkNames(value, "meta");
        return value.deepCopy();
    }

    private static void checkNames(JsonNode node, String path) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!META_FIELD.matcher(field.getKey()).matches()) {
                    throw Check.invalid(path + "." + field.getKey(), "field names are latin letters, digits and single underscores");
                }
                checkNames(field.getValue(), path + "." + field.getKey());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNames(node.get(i), path + "." + i);
            }
        }
    }

    private static JsonNode objectOrNull(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        return value.deepCopy();
    }

    private static String text(JsonNode body, String field, int max) {
        return text(body, field, max, field);
    }

    private static String text(JsonNode body, String field, int max, String path) {
        var value = stringOrNull(body.get(field), path);
        return Check.length(value, path, 0, max);
    }

    private static String stringOrNull(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw Check.invalid(path, "must be a string");
        }
        return value.asString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String id(JsonNode value, String path) {
        var text = stringOrNull(value, path);
        if (text != null && Ids.parseUuid(text).isEmpty()) {
            throw Check.invalid(path, "must be a UUID4 in lower case");
        }
        return text;
    }

    private static void coordinate(JsonNode value, String path, double limit) {
        if (value != null && !value.isNull()) {
            NumberFields.decimal(value, path, -limit, limit);
        }
    }

    private static java.util.Optional<Instant> time(JsonNode value, String path) {
        var text = stringOrNull(value, path);
        if (text == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Times.parseAbsolute(text).orElseThrow(() -> Check.invalid(path, "must be an RFC 3339 time"))
                .truncatedTo(ChronoUnit.MILLIS));
    }
}
