package org.openluna.shared.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.subscriptions.AttributeCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * From an event as a handler answers it (seed l.6242-7222, also the body of a raw event, l.8292-8561)
 * to the stored event (l.8728-8951). The seed leaves this mapping to the implementer (ENDPOINTS §3.16);
 * ours:
 * <ul>
 * <li>{@code face_id} and {@code attach_result} are the made face's id and lists;</li>
 * <li>{@code match_result} is {@code matches} as given, and {@code top_match} its best candidate over every
 *     policy (the first found of equal similarities);</li>
 * <li>{@code face_detections} and {@code body_detections} keep of each detection the sample id, the rect,
 *     the times and the image origin, as the seed's stored example does; null when there are none;</li>
 * <li>{@code gender}, {@code age} and {@code ethnic_group} come from {@code face_attributes.basic_attributes};
 *     {@code emotion}, {@code mask}, {@code liveness}, {@code deepfake} and the body's attribute objects from
 *     {@code aggregate_estimations} when the handler aggregated, else from the first detection that has them,
 *     as the Sender's filters read them (ADR 0012), written as ADR 0012's integer codes.</li>
 * </ul>
 */
public final class StoredEventMapping {
    private StoredEventMapping() {}

    /**
     * @param event the handler's event; {@code event_id} must be set
     * @param handlerId the handler that made or saved it
     */
    public static StoredEvent of(JsonNode event, UUID accountId, UUID handlerId, Instant createTime, Instant endTime) {
        var face = event.get("face");
        var faceId = face != null && face.isObject() ? uuid(face.get("face_id")) : null;
        List<UUID> attached = null;
        if (face != null && face.isObject() && face.get("lists") != null && face.get("lists").isArray()) {
            attached = new ArrayList<>();
            for (var list : face.get("lists")) {
                attached.add(uuid(list));
            }
        }
        var basic = event.at("/face_attributes/basic_attributes");
        var estimates = new StoredEvent.Estimates(
                integer(basic.get("gender")),
                integer(basic.get("age")),
                code(estimation(event, "face", "emotions").get("predominant_emotion"), AttributeCodes.EMOTIONS),
                code(estimation(event, "face", "mask").get("predominant_mask"), AttributeCodes.MASKS),
                code(basic.at("/ethnicities/predominant_ethnicity"), AttributeCodes.ETHNIC_GROUPS),
                code(estimation(event, "face", "liveness").get("prediction"), AttributeCodes.LIVENESS),
                code(estimation(event, "face", "deepfake").get("prediction"), AttributeCodes.DEEPFAKE),
                object(estimation(event, "body", "basic_attributes")),
                object(estimation(event, "body", "upper_body")),
                object(estimation(event, "body", "lower_body")),
                object(estimation(event, "body", "accessories")));
        var matches = event.get("matches");
        return new StoredEvent(
                uuid(event.get("event_id")),
                accountId,
                handlerId,
                createTime,
                endTime,
                text(event.get("source")),
                uuid(event.get("stream_id")),
                textOrEmpty(event.get("external_id")),
                textOrEmpty(event.get("user_data")),
                text(event.get("track_id")),
                faceId,
                strings(event.get("tags")),
                Location.fromJson(event.get("location")),
                topMatch(matches),
                matches != null && matches.isArray() ? matches : null,
                detections(event.get("detections"), "face"),
                detections(event.get("detections"), "body"),
                attached,
                estimates,
                event.get("meta"),
                null);
    }

    /** The best candidate over every policy; candidates come best first within a policy, so the first of equals wins. */
    static TopMatch topMatch(JsonNode matches) {
        TopMatch best = null;
        if (matches == null || !matches.isArray()) {
            return null;
        }
        for (var match : matches) {
            var label = textOrEmpty(match.get("label"));
            var candidates = match.get("candidates");
            if (candidates == null || !candidates.isArray()) {
                continue;
            }
            for (var candidate : candidates) {
                var similarity = candidate.get("similarity");
                if (similarity == null || !similarity.isNumber() || best != null && similarity.asDouble() <= best.similarity()) {
                    continue;
                }
                var kind = candidate.hasNonNull(TopMatch.FACE) ? TopMatch.FACE : candidate.hasNonNull(TopMatch.EVENT) ? TopMatch.EVENT : null;
                var id = kind == null ? null : uuid(candidate.get(kind).get(kind + "_id"));
                if (id != null) {
                    best = new TopMatch(kind, id, similarity.asDouble(), label, text(candidate.get(kind).get("external_id")));
                }
            }
        }
        return best;
    }

    /** The stored form of each detection's sample of this part; null when no detection has one. */
    private static JsonNode detections(JsonNode detections, String part) {
        if (detections == null || !detections.isArray()) {
            return null;
        }
        ArrayNode stored = Json.mapper().createArrayNode();
        for (var detection : detections) {
            var sample = detection.at("/samples/" + part);
            if (!sample.isObject()) {
                continue;
            }
            var item = Json.object();
            item.set("sample_id", sample.get("sample_id"));
            var rect = sample.at("/detection/rect");
            item.set("detection", rect.isObject() ? Json.mapper().valueToTree(Map.of("rect", rect)) : null);
            item.set("detect_time", detection.get("detect_time"));
            item.set("detect_ts", detection.get("detect_ts"));
            item.set("image_origin", detection.get("image_origin"));
            stored.add(item);
        }
        return stored.isEmpty() ? null : stored;
    }

    /** The aggregate's estimation when the handler aggregated, else the first detection's; a missing node otherwise. */
    private static JsonNode estimation(JsonNode event, String part, String name) {
        var aggregate = event.at("/aggregate_estimations/" + part + "/attributes/" + name);
        if (aggregate.isObject()) {
            return aggregate;
        }
        var detections = event.get("detections");
        if (detections != null && detections.isArray()) {
            for (var detection : detections) {
                var found = detection.at("/samples/" + part + "/detection/attributes/" + name);
                if (found.isObject()) {
                    return found;
                }
            }
        }
        return aggregate;
    }

    private static JsonNode object(JsonNode node) {
        return node != null && node.isObject() ? node : null;
    }

    private static Integer code(JsonNode node, Map<String, Integer> codes) {
        return node != null && node.isString() ? codes.get(node.asString()) : null;
    }

    private static Integer integer(JsonNode node) {
        var read = NumberFields.integral(node);
        return read.isPresent() && read.getAsLong() == (int) read.getAsLong() ? (Integer) (int) read.getAsLong() : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private static String textOrEmpty(JsonNode node) {
        var text = text(node);
        return text == null ? "" : text;
    }

    private static UUID uuid(JsonNode node) {
        return node != null && node.isString() ? Ids.parseUuid(node.asString()).orElse(null) : null;
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        if (array != null && array.isArray()) {
            array.forEach(item -> values.add(item.asString()));
        }
        return values;
    }
}
