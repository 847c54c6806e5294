package org.openluna.functions.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.events.PolicyMatching.PolicyMatches;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Face;
import org.openluna.shared.handlers.DetectPolicy;
import org.openluna.shared.matching.AttributeMatch;
import org.openluna.shared.matching.CandidateMatch;
import org.openluna.shared.matching.EventMatch;
import org.openluna.shared.matching.FaceMatch;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as a handler answers it and the Sender sends it (seed l.6242-7222), keys in the seed's
 * order. What was not made is null: {@code face_attributes} without extraction, {@code face} without a
 * face stored, a sample's id and url when it was not stored; {@code body_attributes} always, as no body
 * model is here; {@code aggregate_estimations} unless the handler aggregated. The descriptor's quality
 * {@code score} and {@code ethnicities} are null, as everywhere on this platform.
 */
final class HandlerEventView {
    static final String EVENT_URL = "/6/events/";

    private HandlerEventView() {}

    /** @param frames the warps of a stream request, by image index; null for any other request */
    record Parts(UUID eventId, GenerationQuery query, List<String> tags, EventDraft draft, List<PolicyMatches> matches,
                 PolicyStorage.Saved saved, DetectPolicy detect, List<StreamEventsBody.Frame> frames) {}

    static ObjectNode render(Parts p) {
        var json = Json.object();
        json.set("face_attributes", Json.mapper().valueToTree(faceAttributes(p)));
        json.putNull("body_attributes");
        var q = p.query();
        json.put("source", q.source());
        json.put("stream_id", q.streamId() == null ? null : q.streamId().toString());
        json.set("tags", Json.mapper().valueToTree(p.tags()));
        json.put("external_id", q.externalId());
        json.put("user_data", q.userData());
        json.set("face", Json.mapper().valueToTree(face(p.saved().face())));
        json.put("event_id", p.eventId().toString());
        json.put("url", EVENT_URL + p.eventId());
        json.set("matches", Json.mapper().valueToTree(p.matches().stream().map(HandlerEventView::matches).toList()));
        json.set("location", Json.mapper().valueToTree(q.location().toJson()));
        json.set("detections", Json.mapper().valueToTree(detections(p)));
        json.put("track_id", q.trackId());
        json.putNull("meta");
        json.set("aggregate_estimations", Json.mapper().valueToTree(aggregate(p)));
        return json;
    }

    private static Map<String, Object> faceAttributes(Parts p) {
        var draft = p.draft();
        if (draft.descriptor() == null && draft.basic() == null) {
            return null;
        }
        var json = new LinkedHashMap<String, Object>();
        var attributeId = p.saved().attributeId();
        json.put("attribute_id", attributeId);
        if (draft.basic() != null) {
            var basic = new LinkedHashMap<String, Object>();
            basic.put("age", draft.basic().age());
            basic.put("gender", draft.basic().gender());
            basic.put("ethnicities", null);
            json.put("basic_attributes", basic);
        }
        json.put("score", null);
        json.put("url", attributeId == null ? null : "/6/attributes/" + attributeId);
        json.put("samples", p.saved().sampleIds().stream().filter(id -> id != null).toList());
        return json;
    }

    private static Map<String, Object> face(Face face) {
        if (face == null) {
            return null;
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("face_id", face.faceId());
        json.put("event_id", face.fields().eventId());
        json.put("user_data", face.fields().userData());
        json.put("external_id", face.fields().externalId());
        json.put("avatar", face.fields().avatar());
        json.put("lists", face.lists());
        json.put("url", "/6/faces/" + face.faceId());
        return json;
    }

    private static Map<String, Object> matches(PolicyMatches m) {
        var targets = m.policy().targets();
        var json = new LinkedHashMap<String, Object>();
        json.put("label", m.policy().label());
        json.put("candidates", m.matches().stream().map(match -> candidate(match, targets)).toList());
        return json;
    }

    /** A matched face or event among the policy's targets (all by default), with its similarity when targeted. */
    private static Map<String, Object> candidate(CandidateMatch match, List<String> targets) {
        var kind = match instanceof EventMatch ? "event" : "face";
        var all = switch (match) {
            case FaceMatch face -> face(face);
            case EventMatch event -> event(event);
            case AttributeMatch attribute -> throw new IllegalStateException("a match policy has no attribute candidates");
        };
        var shown = new LinkedHashMap<String, Object>();
        all.forEach((k, v) -> {
            if (targets == null || targets.contains(k)) {
                shown.put(k, v);
            }
        });
        var json = new LinkedHashMap<String, Object>();
        json.put(kind, shown);
        if (targets == null || targets.contains("similarity")) {
            json.put("similarity", match.similarity());
        }
        return json;
    }

    /** An event candidate as the seed's handler events show one (l.6330-6338). */
    private static Map<String, Object> event(EventMatch match) {
        var event = match.event();
        var all = new LinkedHashMap<String, Object>();
        all.put("event_id", event.eventId());
        all.put("external_id", event.externalId());
        all.put("user_data", event.userData());
        all.put("create_time", Times.format(event.createTime()));
        all.put("handler_id", event.handlerId());
        all.put("source", event.source());
        all.put("stream_id", event.streamId());
        return all;
    }

    private static Map<String, Object> face(FaceMatch match) {
        var face = match.face();
        var all = new LinkedHashMap<String, Object>();
        all.put("face_id", face.faceId());
        all.put("account_id", face.accountId());
        all.put("event_id", face.fields().eventId());
        all.put("user_data", face.fields().userData());
        all.put("create_time", Times.format(face.createTime()));
        all.put("external_id", face.fields().externalId());
        all.put("avatar", face.fields().avatar());
        all.put("lists", face.lists());
        return all;
    }

    private static List<Map<String, Object>> detections(Parts p) {
        var faces = p.draft().faces();
        var detectTime = Times.format(p.query().createTime());
        var list = new java.util.ArrayList<Map<String, Object>>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            var kept = faces.get(i);
            var sampleId = p.saved().sampleIds().get(i);
            var face = new LinkedHashMap<String, Object>();
            face.put("sample_id", sampleId);
            var frame = p.frames() == null ? null : p.frames().get(kept.image());
            ObjectNode shownDetection = Json.mapper().valueToTree(kept.detection());
            if (frame != null) {
                // a warp's own box says nothing of where the face was: the client's box in its frame does
                shownDetection.set("rect", Json.mapper().valueToTree(frame.originBox()));
            }
            face.put("detection", shownDetection);
            face.put("url", sampleId == null ? null : PolicyStorage.SAMPLE_URL + sampleId);
            var samples = new LinkedHashMap<String, Object>();
            samples.put("face", face);
            samples.put("body", null);
            var detection = new LinkedHashMap<String, Object>();
            detection.put("filename", kept.filename());
            detection.put("samples", samples);
            detection.put("detect_time", frame == null ? detectTime : Times.format(frame.detectTime()));
            detection.put("detect_ts", frame == null ? null : frame.detectTs());
            detection.put("image_origin", p.saved().imageOrigins().get(i));
            list.add(detection);
        }
        return list;
    }

    /** The aggregated face estimations an aggregating handler keeps once for all its faces; null otherwise. */
    private static Map<String, Object> aggregate(Parts p) {
        var person = p.draft().person();
        if (person == null) {
            return null;
        }
        var shown = FaceAttributes.attributesOf(new org.openluna.protocol.inference.FaceEstimations(null, null, null,
                p.detect().estimateEmotions() == 1 ? person.emotions() : null,
                p.detect().estimateLiveness().estimate() == 1 ? person.liveness() : null, null, null,
                p.detect().estimateMask() == 1 ? person.mask() : null, null), null);
        var attributes = new LinkedHashMap<String, Object>();
        if (shown != null && shown.emotions() != null) {
            attributes.put("emotions", shown.emotions());
        }
        if (shown != null && shown.mask() != null) {
            attributes.put("mask", shown.mask());
        }
        if (shown != null && shown.liveness() != null) {
            var score = shown.liveness().estimations().score();
            attributes.put("liveness", new FaceAttributes.LivenessView(EventDetections.livenessState(score, p.detect()).lunaName(),
                    new FaceAttributes.LivenessEstimations(score)));
        }
        var face = new LinkedHashMap<String, Object>();
        face.put("attributes", attributes);
        var json = new LinkedHashMap<String, Object>();
        json.put("face", face);
        json.put("body", null);
        return json;
    }
}
