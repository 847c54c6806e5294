package org.openluna.functions.events;

import java.util.EnumSet;
import java.util.Set;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.LivenessState;
import org.openluna.functions.quality.QualityVerdict;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.handlers.DetectPolicy;

/**
 * A face's {@code detection} in an event (seed l.6362-7000): the rect, the five points, what the
 * detect policy estimates, in {@code /6/detector}'s shape, and the {@code face_quality} verdict when
 * the policy asks for one. Age and gender are shown in the event's {@code face_attributes}, not here.
 * Liveness is judged against the policy's own threshold. Only what the policy asks to show is shown,
 * though the service may have been asked for more (what a filter or a quality check reads).
 */
final class EventDetections {
    private EventDetections() {}

    /** {@code quality} null when the policy asks for no verdict. */
    static FaceDetection detection(DetectedFace face, DetectPolicy detect, boolean faceWarps, QualityVerdict quality) {
        var shown = FaceAttributes.only(face.estimations(), shown(detect, faceWarps));
        var detection = FaceDetection.of(face, shown, null, new FaceDetection.Parts(true, detect.detectLandmarks68() == 1, false))
                .withFaceQuality(quality);
        var attributes = detection.attributes();
        if (attributes == null || attributes.liveness() == null) {
            return detection;
        }
        var score = attributes.liveness().estimations().score();
        var liveness = new FaceAttributes.LivenessView(livenessState(score, detect).lunaName(), new FaceAttributes.LivenessEstimations(score));
        return detection.withAttributes(new FaceAttributes.Attributes(attributes.eyesAttributes(), attributes.headPose(),
                attributes.emotions(), attributes.mask(), attributes.mouthAttributes(), null, null, liveness));
    }

    /** Real from the policy's {@code liveness_threshold} (default 0.5, where {@code /6/liveness} draws it). */
    static LivenessState livenessState(float score, DetectPolicy detect) {
        return score >= detect.estimateLiveness().livenessThreshold() ? LivenessState.REAL : LivenessState.SPOOF;
    }

    /** Head pose is not shown of a warp (seed), though a quality check on one reads it. */
    private static Set<Estimation> shown(DetectPolicy detect, boolean faceWarps) {
        var shown = EnumSet.noneOf(Estimation.class);
        if (detect.estimateHeadPose() == 1 && !faceWarps) {
            shown.add(Estimation.HEAD_POSE);
        }
        if (detect.estimateEmotions() == 1) {
            shown.add(Estimation.EMOTIONS);
        }
        if (detect.estimateMask() == 1) {
            shown.add(Estimation.MASK);
        }
        if (detect.estimateMouthAttributes() == 1) {
            shown.add(Estimation.MOUTH);
        }
        if (detect.estimateQuality() == 1) {
            shown.add(Estimation.QUALITY);
        }
        if (detect.estimateEyesAttributes() == 1) {
            shown.add(Estimation.EYES);
        }
        if (detect.estimateLiveness().estimate() == 1) {
            shown.add(Estimation.LIVENESS);
        }
        if (detect.detectLandmarks68() == 1) {
            shown.add(Estimation.LANDMARKS68);
        }
        return shown;
    }
}
