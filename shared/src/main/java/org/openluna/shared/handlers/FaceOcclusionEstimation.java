package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code detect_policy.estimate_face_occlusion} (seed l.3013-3023): whether to estimate which parts
 * of a face are hidden, with a threshold per part. The defaults are the figures every example of the
 * seed gives. No model here estimates occlusion, so asking for it is refused (ADR 0011).
 */
public record FaceOcclusionEstimation(int estimate, double eyeThreshold, double foreheadThreshold, double hairOcclusionThreshold,
                                      double lowerFaceThreshold, double mouthThreshold, double noseThreshold,
                                      double occlusionThreshold) {
    static final Set<String> FIELDS = Set.of("estimate", "eye_threshold", "forehead_threshold", "hair_occlusion_threshold",
            "lower_face_threshold", "mouth_threshold", "nose_threshold", "occlusion_threshold");

    static FaceOcclusionEstimation read(PolicyNode node) {
        return new FaceOcclusionEstimation(
                node.flag("estimate", 0),
                node.number("eye_threshold", 0.15, 0, 1),
                node.number("forehead_threshold", 0.2, 0, 1),
                node.number("hair_occlusion_threshold", 0.15, 0, 1),
                node.number("lower_face_threshold", 0.2, 0, 1),
                node.number("mouth_threshold", 0.15, 0, 1),
                node.number("nose_threshold", 0.2, 0, 1),
                node.number("occlusion_threshold", 0.07, 0, 1));
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("estimate", estimate);
        json.put("eye_threshold", JsonNumbers.of(eyeThreshold));
        json.put("forehead_threshold", JsonNumbers.of(foreheadThreshold));
        json.put("hair_occlusion_threshold", JsonNumbers.of(hairOcclusionThreshold));
        json.put("lower_face_threshold", JsonNumbers.of(lowerFaceThreshold));
        json.put("mouth_threshold", JsonNumbers.of(mouthThreshold));
        json.put("nose_threshold", JsonNumbers.of(noseThreshold));
        json.put("occlusion_threshold", JsonNumbers.of(occlusionThreshold));
        return json;
    }
}
