package org.openluna.functions.detector;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;

/**
 * The query of {@code POST /6/detector} (seed l.1486-1503). An estimation the platform has no model
 * or method for is refused before any work, with the unavailable-feature error: never a made-up value.
 * Head pose and the 68 landmarks are "not supported with warped images" (seed, the two flags): a
 * sample is frontal by making, so they are left out for it, and so is the pose filter.
 */
record DetectionQuery(MultifacePolicy multiface, boolean warped, boolean useExif, Set<Estimation> estimations,
                      PoseThresholds thresholds) {

    /** A query flag of the seed and the estimation it asks for; none when no obtainable model supports it. */
    private record Flag(String name, Optional<Estimation> estimation) {
        static Flag of(String name, Estimation estimation) { return new Flag(name, Optional.of(estimation)); }

        static Flag unsupported(String name) { return new Flag(name, Optional.empty()); }
    }

    private static final List<Flag> ESTIMATION_FLAGS = List.of(
            Flag.of("detect_landmarks68", Estimation.LANDMARKS68),
            Flag.of("estimate_head_pose", Estimation.HEAD_POSE),
            Flag.of("estimate_emotions", Estimation.EMOTIONS),
            Flag.of("estimate_quality", Estimation.QUALITY),
            Flag.of("estimate_eyes_attributes", Estimation.EYES),
            Flag.of("estimate_mask", Estimation.MASK),
            Flag.unsupported("estimate_gaze"),
            Flag.of("estimate_mouth_attributes", Estimation.MOUTH),
            Flag.unsupported("extract_exif"),
            Flag.unsupported("estimate_face_quality"));

    static DetectionQuery parse(QueryParams query, Capabilities capabilities) {
        var multiface = MultifacePolicy.of(query.oneOf("multiface_policy", Set.of(0, 1, 2)).orElse(1));
        boolean warped = query.flag("warped_image", false);
        boolean useExif = query.flag("use_exif_info", true);
        var wanted = EnumSet.noneOf(Estimation.class);
        for (var flag : ESTIMATION_FLAGS) {
            if (query.flag(flag.name(), false)) {
                wanted.add(flag.estimation().filter(capabilities.estimations()::contains)
                        .orElseThrow(() -> new LunaException(ErrorCode.FEATURE_UNAVAILABLE, flag.name())));
            }
        }
        var thresholds = PoseThresholds.parse(query);
        if (thresholds.any() && !capabilities.estimations().contains(Estimation.HEAD_POSE)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "yaw_threshold, pitch_threshold, roll_threshold");
        }
        if (warped) {
            wanted.removeAll(Set.of(Estimation.HEAD_POSE, Estimation.LANDMARKS68));
            thresholds = PoseThresholds.NONE;
        }
        return new DetectionQuery(multiface, warped, useExif, wanted, thresholds);
    }

    /** What the inference service is asked for: what the response shows, and the pose the filter needs. */
    Set<Estimation> askedOfService() {
        var asked = EnumSet.noneOf(Estimation.class);
        asked.addAll(estimations);
        if (thresholds.any()) {
            asked.add(Estimation.HEAD_POSE);
        }
        return asked;
    }
}
