package org.openluna.functions.verifiers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.detector.FaceAttributes.LivenessEstimations;
import org.openluna.functions.detector.FaceAttributes.LivenessView;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.detector.LivenessState;
import org.openluna.functions.detector.MultifacePolicy;
import org.openluna.functions.detector.PoseThresholds;
import org.openluna.functions.quality.FaceQualityChecks;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.functions.quality.PolicyQuality;
import org.openluna.functions.quality.QualityVerdict;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.handlers.VerifierPolicies;

/**
 * What a verifier's detect and extract policies ask of each image, and which faces they keep. An
 * estimation the inference service has no model for is refused with 27002 before any image is sent.
 * As {@code /6/sdk} does for face warps ({@code image_type=1}), head pose, the 68 points and liveness
 * are left out, and so are the filters on them: a sample is frontal and aligned by its making. When
 * {@code face_quality} is on, each face gets its verdict on the checks the policy turns on (a warp is
 * not checked on what its alignment settles, {@link FaceQualityChecks}), and with its {@code filter} a
 * face that fails is filtered out ({@link PolicyQuality}).
 *
 * @param shown what each face's {@code sample} shows (age and gender show in {@code face_attributes} instead)
 * @param points whether the 5 and 68 points show: the seed's one verifier answer with points shows both,
 *               its near-default one neither, and only {@code detect_landmarks68} asks for points
 * @param livenessThreshold a face is real from this liveness score on ({@code estimate_liveness.liveness_threshold})
 * @param maskStates the mask states kept (1 medical mask, 2 missing, 3 occluded); empty for all
 * @param warped whether the images are face warps ({@code image_type=1})
 */
record VerifierDetection(MultifacePolicy multiface, Set<Estimation> shown, boolean basicAttributes, boolean points,
                         PoseThresholds thresholds, Set<LivenessState> livenessStates, double livenessThreshold,
                         List<Integer> maskStates, PolicyQuality quality, boolean warped) {
    private static final String DETECT = "policies.detect_policy.";

    static VerifierDetection of(VerifierPolicies policies, boolean warped, Capabilities capabilities) {
        var detect = policies.detectPolicy();
        var shown = EnumSet.noneOf(Estimation.class);
        show(detect.estimateHeadPose() == 1, Estimation.HEAD_POSE, "estimate_head_pose", !warped, shown, capabilities);
        show(detect.estimateEmotions() == 1, Estimation.EMOTIONS, "estimate_emotions", true, shown, capabilities);
        show(detect.estimateMask() == 1, Estimation.MASK, "estimate_mask", true, shown, capabilities);
        show(detect.estimateMouthAttributes() == 1, Estimation.MOUTH, "estimate_mouth_attributes", true, shown, capabilities);
        show(detect.estimateQuality() == 1, Estimation.QUALITY, "estimate_quality", true, shown, capabilities);
        show(detect.estimateEyesAttributes() == 1, Estimation.EYES, "estimate_eyes_attributes", true, shown, capabilities);
        show(detect.detectLandmarks68() == 1, Estimation.LANDMARKS68, "detect_landmarks68", !warped, shown, capabilities);
        show(detect.estimateLiveness().estimate() == 1, Estimation.LIVENESS, "estimate_liveness.estimate", !warped, shown, capabilities);
        boolean basic = policies.extractPolicy().extractBasicAttributes() == 1;
        if (basic && !capabilities.estimations().containsAll(Set.of(Estimation.AGE, Estimation.GENDER))) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "policies.extract_policy.extract_basic_attributes");
        }
        var thresholds = new PoseThresholds(angle(detect.yawThreshold()), angle(detect.pitchThreshold()), angle(detect.rollThreshold()));
        require(thresholds.any(), Estimation.HEAD_POSE, "yaw_threshold, pitch_threshold, roll_threshold", capabilities);
        var states = EnumSet.noneOf(LivenessState.class);
        if (detect.livenessStates() != null) {
            detect.livenessStates().forEach(code -> states.add(LivenessState.ofCode(code)));
        }
        require(!states.isEmpty(), Estimation.LIVENESS, "liveness_states", capabilities);
        var masks = detect.maskStates() == null ? List.<Integer>of() : detect.maskStates();
        require(!masks.isEmpty(), Estimation.MASK, "mask_states", capabilities);
        var quality = PolicyQuality.of(detect.faceQuality());
        quality.estimationsRead(warped).forEach(read -> require(true, read, "face_quality", capabilities));
        return new VerifierDetection(MultifacePolicy.of(detect.multifacePolicy()), shown, basic,
                detect.detectLandmarks68() == 1 && !warped, warped ? PoseThresholds.NONE : thresholds,
                warped ? Set.of() : states, detect.estimateLiveness().livenessThreshold(), masks, quality, warped);
    }

    private static void show(boolean asked, Estimation estimation, String field, boolean applies, Set<Estimation> shown,
                             Capabilities capabilities) {
        require(asked, estimation, field, capabilities);
        if (asked && applies) {
            shown.add(estimation);
        }
    }

    private static void require(boolean asked, Estimation estimation, String fields, Capabilities capabilities) {
        if (asked && !capabilities.estimations().contains(estimation)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, DETECT + fields);
        }
    }

    private static OptionalInt angle(Integer threshold) {
        return threshold == null ? OptionalInt.empty() : OptionalInt.of(threshold);
    }

    /** What the inference service is asked for: what the answer shows, and what the filters read. */
    Set<Estimation> askedOfService() {
        var asked = EnumSet.noneOf(Estimation.class);
        asked.addAll(shown);
        if (basicAttributes) {
            asked.addAll(Set.of(Estimation.AGE, Estimation.GENDER));
        }
        if (thresholds.any()) {
            asked.add(Estimation.HEAD_POSE);
        }
        if (!livenessStates.isEmpty()) {
            asked.add(Estimation.LIVENESS);
        }
        if (!maskStates.isEmpty()) {
            asked.add(Estimation.MASK);
        }
        asked.addAll(quality.estimationsRead(warped));
        return asked;
    }

    /**
     * The face's {@code face_quality} verdict; empty when the policy asks for none.
     *
     * @param photo what the image-level checks read; null when the policy asks for none
     */
    Optional<QualityVerdict> verdict(PhotoFacts photo, DetectedFace face) {
        return quality.verdict(photo, face, warped);
    }

    /**
     * Why a face is filtered out; empty when it is kept.
     *
     * @param verdict the face's {@code face_quality}; null when the policy asks for none
     */
    List<FilterReason> reasonsToFilter(DetectedFace face, QualityVerdict verdict) {
        var reasons = new ArrayList<FilterReason>();
        if (thresholds.any()) {
            reasons.addAll(thresholds.reasonsToFilter(face.estimations().headPose()));
        }
        if (!livenessStates.isEmpty()) {
            var state = livenessOf(face.estimations().liveness().score());
            if (!livenessStates.contains(state)) {
                reasons.add(new FilterReason("liveness_states", state.code(),
                        livenessStates.stream().map(LivenessState::code).sorted().toList()));
            }
        }
        if (!maskStates.isEmpty()) {
            int state = FaceAttributes.maskState(face.estimations().mask());
            if (!maskStates.contains(state)) {
                reasons.add(new FilterReason("mask_states", state, maskStates));
            }
        }
        if (verdict != null) {
            quality.reasonToFilter(verdict).ifPresent(reasons::add);
        }
        return reasons;
    }

    /**
     * The face as its {@code sample} shows it, liveness judged by the verifier's threshold rather than the model's one half.
     *
     * @param verdict the face's {@code face_quality}; null when the policy asks for none
     */
    FaceDetection detection(DetectedFace face, QualityVerdict verdict) {
        var detection = FaceDetection.of(face, FaceAttributes.only(face.estimations(), shown), null,
                new FaceDetection.Parts(points, points, false)).withFaceQuality(verdict);
        var attributes = detection.attributes();
        if (attributes == null || attributes.liveness() == null) {
            return detection;
        }
        float score = attributes.liveness().estimations().score();
        var liveness = new LivenessView(livenessOf(score).lunaName(), new LivenessEstimations(score));
        return detection.withAttributes(new FaceAttributes.Attributes(attributes.eyesAttributes(), attributes.headPose(),
                attributes.emotions(), attributes.mask(), attributes.mouthAttributes(), attributes.basicAttributes(), attributes.descriptor(),
                liveness));
    }

    private LivenessState livenessOf(float score) {
        return score >= livenessThreshold ? LivenessState.REAL : LivenessState.SPOOF;
    }
}
