package org.openluna.functions.sdk;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openluna.functions.detector.LivenessState;
import org.openluna.functions.detector.MultifacePolicy;
import org.openluna.functions.detector.PoseThresholds;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;

/**
 * The query of {@code POST /6/sdk} (seed l.475-516). Whatever needs a model the platform does not
 * have (bodies, people count, mask, glasses, gaze, mouth, deepfake, Exif, the descriptor's quality
 * score) is refused before any work with the unavailable-feature error, never answered with a
 * made-up value. What the seed says is "not supported with warped images" (head pose, both sets of
 * landmarks, liveness, and so the pose and liveness filters) is left out for face warps, as LUNA
 * estimates "only available attributes for corresponding images".
 *
 * <p>On a raw image, faces are detected when {@code detect_face=1} or when any face estimation is
 * asked for by name; a face warp always holds its face. {@code estimate_face_descriptor} defaults to 1
 * and so gives a descriptor for every face there is (ADR 0003).
 */
record SdkQuery(boolean warped, boolean detectFaces, MultifacePolicy multiface, boolean useExif, Set<Estimation> shown,
                boolean landmarks5, boolean descriptor, boolean warp, boolean aggregate, PoseThresholds thresholds,
                Set<LivenessState> livenessStates, List<Integer> maskStates) {

    private record FaceFlag(String name, Set<Estimation> estimations, boolean onWarps) {}

    private static final List<FaceFlag> FACE_FLAGS = List.of(
            new FaceFlag("estimate_head_pose", Set.of(Estimation.HEAD_POSE), false),
            new FaceFlag("estimate_emotions", Set.of(Estimation.EMOTIONS), true),
            new FaceFlag("estimate_mask", Set.of(Estimation.MASK), true),
            new FaceFlag("estimate_mouth_attributes", Set.of(Estimation.MOUTH), true),
            new FaceFlag("estimate_landmarks68", Set.of(Estimation.LANDMARKS68), false),
            new FaceFlag("estimate_quality", Set.of(Estimation.QUALITY), true),
            new FaceFlag("estimate_eyes_attributes", Set.of(Estimation.EYES), true),
            new FaceFlag("estimate_basic_attributes", Set.of(Estimation.AGE, Estimation.GENDER), true),
            new FaceFlag("estimate_liveness", Set.of(Estimation.LIVENESS), false));

    /** Flags that ask for what no obtainable model gives; 1 is refused, 0 is the default anyway. */
    private static final List<String> UNAVAILABLE_FLAGS = List.of(
            "estimate_people_count", "estimate_glasses", "estimate_deepfake", "estimate_gaze",
            "extract_exif", "detect_body", "estimate_upper_body", "estimate_lower_body",
            "estimate_accessories", "estimate_body_basic_attributes", "estimate_body_warp");

    /** Filters on estimations no obtainable model gives. */
    private static final List<String> UNAVAILABLE_FILTERS = List.of("deepfake_states");

    private static final Set<Integer> LIVENESS_CODES = Set.of(0, 1, 2);
    private static final Set<Integer> MASK_CODES = Set.of(1, 2, 3);

    static SdkQuery parse(QueryParams query, Capabilities capabilities) {
        int imageType = query.oneOf("image_type", Set.of(0, 1, 2)).orElse(0);
        if (imageType == 2) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "image_type=2 (body warps)");
        }
        boolean warped = imageType == 1;
        refuseWhatNoModelGives(query);

        boolean askedByName = false;
        var shown = EnumSet.noneOf(Estimation.class);
        for (var flag : FACE_FLAGS) {
            if (query.flag(flag.name(), false)) {
                askedByName = true;
                if (!capabilities.estimations().containsAll(flag.estimations())) {
                    throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, flag.name());
                }
                if (flag.onWarps() || !warped) {
                    shown.addAll(flag.estimations());
                }
            }
        }
        boolean landmarks5 = query.flag("estimate_landmarks5", false);
        boolean warp = query.flag("estimate_face_warp", false);
        boolean descriptor = query.flag("estimate_face_descriptor", true);
        boolean descriptorByName = descriptor && query.string("estimate_face_descriptor").isPresent();
        // a face warp is a face by the client's word, so it always has one
        boolean detectFaces = warped || query.flag("detect_face", false) || askedByName || landmarks5 || warp || descriptorByName;

        var thresholds = PoseThresholds.parse(query);
        if (thresholds.any() && !capabilities.estimations().contains(Estimation.HEAD_POSE)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "yaw_threshold, pitch_threshold, roll_threshold");
        }
        var livenessStates = livenessStates(query, capabilities);
        List<Integer> maskStates = query.integers("mask_states", MASK_CODES).map(List::copyOf).orElse(List.of());
        if (!maskStates.isEmpty() && !capabilities.estimations().contains(Estimation.MASK)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "mask_states");
        }
        return new SdkQuery(warped, detectFaces,
                MultifacePolicy.of(query.oneOf("multiface_policy", Set.of(0, 1, 2)).orElse(1)),
                query.flag("use_exif_info", true), shown, landmarks5 && !warped, descriptor, warp,
                query.flag("aggregate_attributes", false),
                warped ? PoseThresholds.NONE : thresholds,
                warped ? Set.of() : livenessStates, maskStates);
    }

    private static void refuseWhatNoModelGives(QueryParams query) {
        for (var name : UNAVAILABLE_FLAGS) {
            if (query.flag(name, false)) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, name);
            }
        }
        for (var name : UNAVAILABLE_FILTERS) {
            if (query.asMap().containsKey(name)) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, name);
            }
        }
        // these default to 1 and matter only with detect_body / estimate_people_count, so 1 is accepted; still 0 or 1
        query.flag("estimate_body_descriptor", true);
        query.flag("people_count_coordinates", true);
        if (query.number("score_threshold", 0, 0, 1) > 0) {
            // no model here rates a descriptor's quality, so there is no score to hold to a threshold
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "score_threshold");
        }
    }

    private static Set<LivenessState> livenessStates(QueryParams query, Capabilities capabilities) {
        var states = EnumSet.noneOf(LivenessState.class);
        query.integers("liveness_states", LIVENESS_CODES).ifPresent(codes -> codes.forEach(code -> states.add(LivenessState.ofCode(code))));
        if (!states.isEmpty() && !capabilities.estimations().contains(Estimation.LIVENESS)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "liveness_states");
        }
        return states;
    }

    /** What the inference service is asked for: what the response shows, and what the filters need. */
    Set<Estimation> askedOfService() {
        var asked = EnumSet.noneOf(Estimation.class);
        asked.addAll(shown);
        if (thresholds.any()) {
            asked.add(Estimation.HEAD_POSE);
        }
        if (!livenessStates.isEmpty()) {
            asked.add(Estimation.LIVENESS);
        }
        if (!maskStates.isEmpty()) {
            asked.add(Estimation.MASK);
        }
        return asked;
    }

    /** What each face shows: what was asked for, less what aggregation shows once for all faces. */
    Set<Estimation> shownPerFace() {
        var perFace = EnumSet.noneOf(Estimation.class);
        perFace.addAll(shown);
        if (aggregate) {
            perFace.removeAll(FaceAggregation.AGGREGATED);
        }
        return perFace;
    }

    /** What {@code aggregate_estimations} shows besides the descriptor; empty without {@code aggregate_attributes}. */
    Set<Estimation> aggregated() {
        var aggregated = EnumSet.noneOf(Estimation.class);
        if (aggregate) {
            aggregated.addAll(shown);
            aggregated.retainAll(FaceAggregation.AGGREGATED);
        }
        return aggregated;
    }

    boolean filters() {
        return thresholds.any() || !livenessStates.isEmpty() || !maskStates.isEmpty();
    }
}
