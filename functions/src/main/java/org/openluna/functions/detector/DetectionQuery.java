package org.openluna.functions.detector;

import java.util.EnumSet;
import java.util.Set;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.clients.inference.Capabilities;
import org.openluna.shared.clients.inference.Estimation;

/**
 * The query of {@code POST /6/detector} (seed l.1486-1503). An estimation the platform has no model
 * or method for is refused before any work, with the unavailable-feature error: never a made-up value.
 */
record DetectionQuery(MultifacePolicy multiface, boolean warped, boolean useExif, Set<Estimation> estimations) {

    /** The seed's flags we know, with the estimation each asks for (null: a flag with no model behind it). */
    private static final String[][] ESTIMATION_FLAGS = {
        {"detect_landmarks68", "LANDMARKS68"},
        {"estimate_head_pose", "HEAD_POSE"},
        {"estimate_emotions", "EMOTIONS"},
        {"estimate_quality", "QUALITY"},
        {"estimate_eyes_attributes", "EYES"},
        {"estimate_mask", null},
        {"estimate_gaze", null},
        {"estimate_mouth_attributes", null},
        {"extract_exif", null},
        {"estimate_face_quality", null},
    };

    static DetectionQuery parse(QueryParams query, Capabilities capabilities) {
        var multiface = MultifacePolicy.of(query.oneOf("multiface_policy", Set.of(0, 1, 2)).orElse(1));
        boolean warped = query.flag("warped_image", false);
        boolean useExif = query.flag("use_exif_info", true);
        var wanted = EnumSet.noneOf(Estimation.class);
        for (var flag : ESTIMATION_FLAGS) {
            if (!query.flag(flag[0], false)) {
                continue;
            }
            if (flag[1] == null || !capabilities.estimations().contains(Estimation.valueOf(flag[1]))) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, flag[0]);
            }
            wanted.add(Estimation.valueOf(flag[1]));
        }
        for (var angle : new String[] {"yaw_threshold", "pitch_threshold", "roll_threshold"}) {
            if (query.string(angle).isPresent()) {
                query.integer(angle, 180, 0, 180);
                if (!capabilities.estimations().contains(Estimation.HEAD_POSE)) {
                    throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, angle);
                }
                wanted.add(Estimation.HEAD_POSE);
            }
        }
        return new DetectionQuery(multiface, warped, useExif, wanted);
    }
}
