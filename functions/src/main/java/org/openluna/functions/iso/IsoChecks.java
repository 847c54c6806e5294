package org.openluna.functions.iso;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openluna.functions.quality.FaceQualityChecks;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.functions.quality.QualityCheckResult;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.handlers.QualityCheck;
import org.openluna.shared.handlers.QualityThreshold;

/**
 * The checks of {@code /6/iso} this platform can make, in the seed's order and with the seed's fixed
 * thresholds (l.1236-1465), which are ISO/IEC 19794-5's full-frontal figures where the standard gives
 * one (face centre, head size, 90 pixels between the eyes, with no upper bound). They are the
 * {@code face_quality} defaults of a handler but for that bound.
 *
 * <p>Checks that need a model no obtainable package has (gaze, mouth, glasses, eyebrows, smile,
 * headwear, natural light, radial distortion, red eyes, face colour, background, shoulders) are left
 * out of the list rather than answered: a check not listed was not made, and {@code status} speaks for
 * the listed checks only (docs/adr/0003). The quality values are this platform's own measures
 * (inference-service FaceQualityEstimator) held to LUNA's thresholds. The image and box sizes a
 * handler may check are not ISO's and are not made here.
 *
 * <p>For a face sample ({@code image_type=1}) what the alignment settles is left out, as
 * {@link FaceQualityChecks} says.
 */
final class IsoChecks {
    private static final Map<QualityCheck, QualityThreshold> THRESHOLDS = thresholds();

    /** The estimations the checks read. */
    static final Set<Estimation> ESTIMATIONS = FaceQualityChecks.estimationsRead(THRESHOLDS.keySet(), false);

    private IsoChecks() {}

    /** The checks of one face; an estimation the service did not give leaves its checks out. */
    static List<QualityCheckResult> of(PhotoFacts photo, DetectedFace face, boolean warped) {
        return FaceQualityChecks.of(photo, face, warped, THRESHOLDS);
    }

    private static Map<QualityCheck, QualityThreshold> thresholds() {
        var thresholds = new EnumMap<QualityCheck, QualityThreshold>(QualityCheck.class);
        for (var check : List.of(QualityCheck.IMAGE_FORMAT, QualityCheck.ILLUMINATION_QUALITY, QualityCheck.SPECULARITY_QUALITY,
                QualityCheck.BLURRINESS_QUALITY, QualityCheck.DARK_QUALITY, QualityCheck.LIGHT_QUALITY, QualityCheck.HEAD_YAW,
                QualityCheck.HEAD_PITCH, QualityCheck.HEAD_ROLL, QualityCheck.LEFT_EYE, QualityCheck.RIGHT_EYE,
                QualityCheck.HEAD_HORIZONTAL_CENTER, QualityCheck.HEAD_VERTICAL_CENTER, QualityCheck.HEAD_WIDTH,
                QualityCheck.HEAD_HEIGHT)) {
            thresholds.put(check, check.defaultThreshold());
        }
        // ISO sets no upper bound on the eye distance; a handler's default has one
        thresholds.put(QualityCheck.EYE_DISTANCE, new QualityThreshold.Range(90.0, null));
        return Collections.unmodifiableMap(thresholds);
    }
}
