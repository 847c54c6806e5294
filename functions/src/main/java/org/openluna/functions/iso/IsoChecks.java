package org.openluna.functions.iso;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.iso.IsoCheck.Range;
import org.openluna.shared.clients.inference.DetectedFace;
import org.openluna.shared.clients.inference.Estimation;

/**
 * The checks of {@code /6/iso} this platform can make, in the seed's order and with the seed's fixed
 * thresholds (l.1236-1465), which are ISO/IEC 19794-5's full-frontal figures where the standard gives
 * one (face centre, head size, 90 pixels between the eyes).
 *
 * <p>Checks that need a model no obtainable package has (gaze, mouth, glasses, eyebrows, smile,
 * headwear, natural light, radial distortion, red eyes, face colour, background, shoulders) are left
 * out of the list rather than answered: a check not listed was not made, and {@code status} speaks for
 * the listed checks only (docs/adr/0003). The quality values are this platform's own measures
 * (inference-service FaceQualityEstimator) held to LUNA's thresholds.
 *
 * <p>For a face sample ({@code image_type=1}) the checks that the platform's alignment settles by
 * making are left out: the roll (the eyes are levelled), and the face's place, size and eye distance
 * in the picture (fixed by the sample's template, not by the photographer).
 */
final class IsoChecks {
    /** The estimations the checks read; the 5 landmarks always come with a face. */
    static final Set<Estimation> ESTIMATIONS = EnumSet.of(Estimation.QUALITY, Estimation.HEAD_POSE, Estimation.EYES);

    private static final List<String> FORMATS = List.of("JPEG", "JPEG2000", "PNG");
    private static final Range ILLUMINATION = new Range(0.3, 1);
    private static final Range SPECULARITY = new Range(0.3, 1);
    private static final Range BLURRINESS = new Range(0.61, 1);
    private static final Range DARK = new Range(0.5, 1);
    private static final Range LIGHT = new Range(0.57, 1);
    private static final Range YAW = new Range(-5, 5);
    private static final Range PITCH = new Range(-5, 5);
    private static final Range ROLL = new Range(-8, 8);
    private static final List<String> EYE_STATES = List.of("open");
    private static final Range HORIZONTAL_CENTRE = new Range(0.45, 0.55);
    private static final Range VERTICAL_CENTRE = new Range(0.3, 0.5);
    private static final Range HEAD_WIDTH = new Range(0.5, 0.75);
    private static final Range HEAD_HEIGHT = new Range(0.6, 0.9);
    private static final Range EYE_DISTANCE = new Range(90, null);

    private IsoChecks() {}

    /** The checks of one face; an estimation the service did not give leaves its checks out. */
    static List<IsoCheck> of(PhotoFacts photo, DetectedFace face, boolean warped) {
        var checks = new ArrayList<IsoCheck>(16);
        checks.add(IsoCheck.oneOf("image_format", photo.format(), FORMATS));
        var estimations = face.estimations();
        var quality = estimations.quality();
        if (quality != null) {
            checks.add(IsoCheck.within("illumination_quality", quality.illumination(), ILLUMINATION));
            checks.add(IsoCheck.within("specularity_quality", quality.specularity(), SPECULARITY));
            checks.add(IsoCheck.within("blurriness_quality", quality.blurriness(), BLURRINESS));
            checks.add(IsoCheck.within("dark_quality", quality.dark(), DARK));
            checks.add(IsoCheck.within("light_quality", quality.light(), LIGHT));
        }
        var pose = estimations.headPose();
        if (pose != null) {
            checks.add(IsoCheck.within("head_yaw", pose.yaw(), YAW));
            checks.add(IsoCheck.within("head_pitch", pose.pitch(), PITCH));
            if (!warped) {
                checks.add(IsoCheck.within("head_roll", pose.roll(), ROLL));
            }
        }
        var eyes = estimations.eyes();
        if (eyes != null) {
            checks.add(IsoCheck.oneOf("left_eye", FaceAttributes.eyeState(eyes.left()), EYE_STATES));
            checks.add(IsoCheck.oneOf("right_eye", FaceAttributes.eyeState(eyes.right()), EYE_STATES));
        }
        if (!warped) {
            var geometry = FaceGeometry.of(face, photo.width(), photo.height());
            checks.add(IsoCheck.within("head_horizontal_center", geometry.horizontalCentre(), HORIZONTAL_CENTRE));
            checks.add(IsoCheck.within("head_vertical_center", geometry.verticalCentre(), VERTICAL_CENTRE));
            checks.add(IsoCheck.within("head_width", geometry.headWidth(), HEAD_WIDTH));
            checks.add(IsoCheck.within("head_height", geometry.headHeight(), HEAD_HEIGHT));
            checks.add(IsoCheck.within("eye_distance", geometry.eyeDistance(), EYE_DISTANCE));
        }
        return checks;
    }
}
