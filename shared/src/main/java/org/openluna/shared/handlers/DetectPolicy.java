package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code policies.detect_policy} (seed l.2986-3285): what is detected in an image and estimated of
 * each face. Defaults: faces detected, bodies not, every estimation off, no pose or state filter
 * ({@code null}), as the seed's stored handlers show them (l.4086-4108).
 *
 * @param multifacePolicy 0 only images of one face, 1 every face, 2 the best face
 * @param yawThreshold 0-180 degrees, a face turned further is filtered; null for no filter (so for the other two)
 * @param maskStates 1-3, the mask states kept; null for all
 * @param livenessStates 0 spoof, 1 real, 2 unknown, the states kept; null for all
 * @param deepfakeStates 0 fake, 1 real; null for all
 * @param faceOcclusionStates the occlusion states kept; null for all
 */
public record DetectPolicy(PeopleCount estimatePeopleCount, int detectFace, int detectBody, int multifacePolicy,
                           int estimateHeadPose, int estimateEmotions, int estimateMask, int estimateQuality, int estimateGaze,
                           int estimateGlasses, int estimateEyesAttributes, int estimateMouthAttributes, int detectLandmarks68,
                           int extractExif, Integer yawThreshold, Integer rollThreshold, Integer pitchThreshold,
                           List<Integer> maskStates, Liveness estimateLiveness, List<Integer> livenessStates,
                           Deepfake estimateDeepfake, List<Integer> deepfakeStates, FaceOcclusionEstimation estimateFaceOcclusion,
                           List<String> faceOcclusionStates, FaceQualityPolicy faceQuality, BodyAttributes bodyAttributes) {
    static final Set<String> FIELDS = Set.of("estimate_people_count", "detect_face", "detect_body", "multiface_policy",
            "estimate_head_pose", "estimate_emotions", "estimate_mask", "estimate_quality", "estimate_gaze", "estimate_glasses",
            "estimate_eyes_attributes", "estimate_mouth_attributes", "detect_landmarks68", "extract_exif", "yaw_threshold",
            "roll_threshold", "pitch_threshold", "mask_states", "estimate_liveness", "liveness_states", "estimate_deepfake",
            "deepfake_states", "estimate_face_occlusion", "face_occlusion_states", "face_quality", "body_attributes");
    static final int MAX_ANGLE = 180;

    public DetectPolicy {
        Objects.requireNonNull(estimatePeopleCount, "estimate_people_count");
        Objects.requireNonNull(estimateLiveness, "estimate_liveness");
        Objects.requireNonNull(estimateDeepfake, "estimate_deepfake");
        Objects.requireNonNull(estimateFaceOcclusion, "estimate_face_occlusion");
        Objects.requireNonNull(faceQuality, "face_quality");
        Objects.requireNonNull(bodyAttributes, "body_attributes");
        maskStates = maskStates == null ? null : List.copyOf(maskStates);
        livenessStates = livenessStates == null ? null : List.copyOf(livenessStates);
        deepfakeStates = deepfakeStates == null ? null : List.copyOf(deepfakeStates);
        faceOcclusionStates = faceOcclusionStates == null ? null : List.copyOf(faceOcclusionStates);
    }

    /** {@code estimate_people_count}: people counted in the whole image, with their places when {@code peopleCoordinates}. */
    public record PeopleCount(int estimate, int peopleCoordinates) {
        static final Set<String> FIELDS = Set.of("estimate", "people_coordinates");

        static PeopleCount read(PolicyNode node) {
            // the seed's /6/sdk gives people_count_coordinates the default 1 (l.477)
            return new PeopleCount(node.flag("estimate", 0), node.flag("people_coordinates", 1));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("estimate", estimate);
            json.put("people_coordinates", peopleCoordinates);
            return json;
        }
    }

    /**
     * {@code estimate_liveness}: a face is real when its liveness score reaches {@code livenessThreshold};
     * LUNA calls it unknown when the image's fitness for the check is below {@code qualityThreshold}.
     */
    public record Liveness(int estimate, double qualityThreshold, double livenessThreshold) {
        static final Set<String> FIELDS = Set.of("estimate", "quality_threshold", "liveness_threshold");

        static Liveness read(PolicyNode node) {
            // 0.5 is the line /6/liveness and /6/sdk draw between spoof and real; a quality threshold
            // of 0 calls no image unfit, which is all this platform can say (ADR 0011)
            return new Liveness(node.flag("estimate", 0), node.number("quality_threshold", 0, 0, 1),
                    node.number("liveness_threshold", 0.5, 0, 1));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("estimate", estimate);
            json.put("quality_threshold", JsonNumbers.of(qualityThreshold));
            json.put("liveness_threshold", JsonNumbers.of(livenessThreshold));
            return json;
        }
    }

    /** {@code estimate_deepfake}: a face is real from {@code realThreshold}; {@code mode} 1 or 2 picks LUNA's estimator. */
    public record Deepfake(int estimate, double realThreshold, int mode) {
        static final Set<String> FIELDS = Set.of("estimate", "real_threshold", "mode");

        static Deepfake read(PolicyNode node) {
            return new Deepfake(node.flag("estimate", 0), node.number("real_threshold", 0.5, 0, 1),
                    node.oneOf("mode", 1, Set.of(1, 2)));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("estimate", estimate);
            json.put("real_threshold", JsonNumbers.of(realThreshold));
            json.put("mode", mode);
            return json;
        }
    }

    /** {@code body_attributes}: what is estimated of each detected body. */
    public record BodyAttributes(int estimateBasicAttributes, int estimateUpperBody, int estimateLowerBody, int estimateAccessories) {
        static final Set<String> FIELDS = Set.of("estimate_basic_attributes", "estimate_upper_body", "estimate_lower_body",
                "estimate_accessories");

        static BodyAttributes read(PolicyNode node) {
            return new BodyAttributes(node.flag("estimate_basic_attributes", 0), node.flag("estimate_upper_body", 0),
                    node.flag("estimate_lower_body", 0), node.flag("estimate_accessories", 0));
        }

        boolean anyOn() {
            return estimateBasicAttributes + estimateUpperBody + estimateLowerBody + estimateAccessories > 0;
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("estimate_basic_attributes", estimateBasicAttributes);
            json.put("estimate_upper_body", estimateUpperBody);
            json.put("estimate_lower_body", estimateLowerBody);
            json.put("estimate_accessories", estimateAccessories);
            return json;
        }
    }

    static DetectPolicy read(PolicyNode node) {
        return new DetectPolicy(
                PeopleCount.read(node.object("estimate_people_count", PeopleCount.FIELDS)),
                node.flag("detect_face", 1),
                node.flag("detect_body", 0),
                node.oneOf("multiface_policy", 1, Set.of(0, 1, 2)),
                node.flag("estimate_head_pose", 0),
                node.flag("estimate_emotions", 0),
                node.flag("estimate_mask", 0),
                node.flag("estimate_quality", 0),
                node.flag("estimate_gaze", 0),
                node.flag("estimate_glasses", 0),
                node.flag("estimate_eyes_attributes", 0),
                node.flag("estimate_mouth_attributes", 0),
                node.flag("detect_landmarks68", 0),
                node.flag("extract_exif", 0),
                node.nullableInteger("yaw_threshold", 0, MAX_ANGLE),
                node.nullableInteger("roll_threshold", 0, MAX_ANGLE),
                node.nullableInteger("pitch_threshold", 0, MAX_ANGLE),
                node.states("mask_states", Set.of(1, 2, 3)),
                Liveness.read(node.object("estimate_liveness", Liveness.FIELDS)),
                node.states("liveness_states", Set.of(0, 1, 2)),
                Deepfake.read(node.object("estimate_deepfake", Deepfake.FIELDS)),
                node.states("deepfake_states", Set.of(0, 1)),
                FaceOcclusionEstimation.read(node.object("estimate_face_occlusion", FaceOcclusionEstimation.FIELDS)),
                // the seed shows these states only by example ("eye", "face"), so any name is taken
                node.strings("face_occlusion_states", Set.of(), 64),
                FaceQualityPolicy.read(node.object("face_quality", FaceQualityPolicy.FIELDS)),
                BodyAttributes.read(node.object("body_attributes", BodyAttributes.FIELDS)));
    }

    /** In the order of the seed's full example (l.2986-3285). */
    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("estimate_people_count", estimatePeopleCount.toJson());
        json.put("detect_face", detectFace);
        json.put("detect_body", detectBody);
        json.put("multiface_policy", multifacePolicy);
        json.put("estimate_head_pose", estimateHeadPose);
        json.put("estimate_emotions", estimateEmotions);
        json.put("estimate_mask", estimateMask);
        json.put("estimate_quality", estimateQuality);
        json.put("estimate_gaze", estimateGaze);
        json.put("estimate_glasses", estimateGlasses);
        json.put("estimate_eyes_attributes", estimateEyesAttributes);
        json.put("estimate_mouth_attributes", estimateMouthAttributes);
        json.put("detect_landmarks68", detectLandmarks68);
        json.put("extract_exif", extractExif);
        json.put("yaw_threshold", yawThreshold);
        json.put("roll_threshold", rollThreshold);
        json.put("pitch_threshold", pitchThreshold);
        json.put("mask_states", maskStates);
        json.put("estimate_liveness", estimateLiveness.toJson());
        json.put("liveness_states", livenessStates);
        json.put("estimate_deepfake", estimateDeepfake.toJson());
        json.put("deepfake_states", deepfakeStates);
        json.put("estimate_face_occlusion", estimateFaceOcclusion.toJson());
        json.put("face_occlusion_states", faceOcclusionStates);
        json.put("face_quality", faceQuality.toJson());
        json.put("body_attributes", bodyAttributes.toJson());
        return json;
    }
}
