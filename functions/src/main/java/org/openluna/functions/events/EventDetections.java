package org.openluna.functions.events;

import java.util.EnumSet;
import java.util.Set;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.LivenessState;
import org.openluna.shared.clients.inference.DetectedFace;
import org.openluna.shared.clients.inference.Estimation;
import org.openluna.shared.handlers.DetectPolicy;

/**
 * A face's {@code detection} in an event (seed l.6362-6700): the rect, the five points, and what the
 * detect policy estimates, in {@code /6/detector}'s shape. Age and gender are shown in the event's
 * {@code face_attributes}, not here. Liveness is judged against the policy's own threshold.
 */
final class EventDetections {
    private EventDetections() {}

    static FaceDetection detection(DetectedFace face, DetectPolicy detect) {
        var shown = FaceAttributes.only(face.estimations(), shown(detect));
        var detection = FaceDetection.of(face, shown, null, new FaceDetection.Parts(true, detect.detectLandmarks68() == 1, false));
        var attributes = detection.attributes();
        if (attributes == null || attributes.liveness() == null) {
            return detection;
        }
        var score = attributes.liveness().estimations().score();
        var liveness = new FaceAttributes.LivenessView(livenessState(score, detect).lunaName(), new FaceAttributes.LivenessEstimations(score));
        return new FaceDetection(detection.rect(), detection.detectionScore(), detection.landmarks5(), detection.landmarks68(),
                detection.quality(), new FaceAttributes.Attributes(attributes.eyesAttributes(), attributes.headPose(),
                attributes.emotions(), null, null, liveness), null);
    }

    /** Real from the policy's {@code liveness_threshold} (default 0.5, where {@code /6/liveness} draws it). */
    static LivenessState livenessState(float score, DetectPolicy detect) {
        return score >= detect.estimateLiveness().livenessThreshold() ? LivenessState.REAL : LivenessState.SPOOF;
    }

    private static Set<Estimation> shown(DetectPolicy detect) {
        var shown = EnumSet.noneOf(Estimation.class);
        if (detect.estimateHeadPose() == 1) {
            shown.add(Estimation.HEAD_POSE);
        }
        if (detect.estimateEmotions() == 1) {
            shown.add(Estimation.EMOTIONS);
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
