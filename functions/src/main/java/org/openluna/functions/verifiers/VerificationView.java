package org.openluna.functions.verifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.verifiers.Verification;

/**
 * The answer of {@code POST /6/verifiers/{verifier_id}/verifications} in the seed's shape and order
 * (l.11840-13058): per image its error, status, filename and detections; per face its verifications,
 * {@code face_attributes} and {@code sample}. What was not stored is null, as the seed's second image
 * shows it (l.12998-13054: {@code sample_id}, {@code url}, {@code attribute_id} null, {@code samples}
 * empty); what was not asked for is left out. The descriptor's quality {@code score} is null, as no
 * model here rates it (ADR 0007).
 */
final class VerificationView {
    private static final String SAMPLE_URL = "/6/samples/faces/";
    private static final String ATTRIBUTE_URL = "/6/attributes/";

    private VerificationView() {}

    /** An image's entry; {@code detections} null for an image that could not be used. */
    static Map<String, Object> image(String filename, ErrorBody error, int status, Map<String, Object> detections) {
        var image = new LinkedHashMap<String, Object>();
        image.put("error", error);
        image.put("status", status);
        image.put("filename", filename);
        image.put("detections", detections);
        return image;
    }

    static Map<String, Object> detections(List<Map<String, Object>> faces, List<FilteredFace> filtered) {
        var detections = new LinkedHashMap<String, Object>();
        detections.put("face_detections", faces);
        detections.put("filtered_detections", new FilteredDetections(filtered));
        return detections;
    }

    static Map<String, Object> face(VerifiedFace face, UUID attributeId) {
        var json = new LinkedHashMap<String, Object>();
        json.put("verifications", face.verifications().stream().map(VerificationView::verification).toList());
        json.put("face_attributes", faceAttributes(face, attributeId));
        json.put("sample", face.detection() == null ? null : Map.of("face", sampleFace(face)));
        return json;
    }

    private static Map<String, Object> verification(Verification verification) {
        var target = verification.target();
        var json = new LinkedHashMap<String, Object>();
        json.put("similarity", verification.similarity());
        json.put("status", verification.status());
        json.put(target.kind().field(), Map.of(target.kind().idField(), target.id()));
        return json;
    }

    private static Map<String, Object> faceAttributes(VerifiedFace face, UUID attributeId) {
        var json = new LinkedHashMap<String, Object>();
        json.put("attribute_id", attributeId);
        var basic = face.basicAttributes();
        if (basic != null) {
            var basicJson = new LinkedHashMap<String, Object>();
            basicJson.put("age", basic.age());
            basicJson.put("gender", basic.gender());
            // no model here estimates ethnicity; null rather than made up (ADR 0007)
            basicJson.put("ethnicities", null);
            json.put("basic_attributes", basicJson);
        }
        json.put("score", null);
        json.put("url", attributeId == null ? null : ATTRIBUTE_URL + attributeId);
        json.put("samples", face.samples());
        return json;
    }

    private static Map<String, Object> sampleFace(VerifiedFace face) {
        var detection = face.detection();
        var json = new LinkedHashMap<String, Object>();
        json.put("rect", detection.rect());
        json.put("sample_id", face.sampleId());
        json.put("url", face.sampleId() == null ? null : SAMPLE_URL + face.sampleId());
        putIfPresent(json, "attributes", detection.attributes());
        putIfPresent(json, "quality", detection.quality());
        putIfPresent(json, "landmarks5", detection.landmarks5());
        putIfPresent(json, "landmarks68", detection.landmarks68());
        putIfPresent(json, "face_quality", detection.faceQuality());
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
