package org.openluna.inference.estimation;

/**
 * How likely the face is a live person in front of the camera rather than a print, a screen or a mask:
 * {@code score} is the model's probability of "real", from 0 to 1.
 *
 * <p>The API reports {@code liveness} as {@code "prediction"} ("real", "spoof" or "unknown") and
 * {@code "estimations": {"quality", "score"}} (seed luna-platform-api-v6.txt, detector response), with
 * {@code liveness_threshold} and {@code quality_threshold} set in a handler's policy. This estimate
 * carries the score only: the model gives no measure of how fit the image is for the check, so
 * {@code quality} has no source here.
 */
public record LivenessEstimate(float score) {

    public LivenessEstimate {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a liveness score lies in [0, 1], got " + score);
        }
    }

    /** "real" when the score reaches {@code scoreThreshold}, otherwise "spoof". */
    public LivenessPrediction prediction(float scoreThreshold) {
        return score >= scoreThreshold ? LivenessPrediction.REAL : LivenessPrediction.SPOOF;
    }
}
