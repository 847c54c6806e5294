package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.image.RgbImage;

/**
 * The previous detector's gate, kept for the detector benchmark's baseline only (ADR 0023).
 *
 * <p>Rejects detections that are not human faces. The detector fires on a cat's face, and on textures,
 * when it sees them at one particular framing; looked at again in regions centred on the candidate
 * at three framings, a human face keeps a score near 1 at each (the lowest mean over the six group
 * photos is 0.99) while the kitten of the test set averages 0.88 and textures fall to 0. The
 * landmark model cannot serve: it draws a plausible human face on whatever it is given (see
 * FaceGateTest).
 */
public final class FaceGate {
    private static final double[] ZOOMS = {2.2, 3, 4.5};
    static final double MIN_MEAN_SCORE = 0.95;

    private final UltraFaceDetector detector;

    public FaceGate(UltraFaceDetector detector) {
        this.detector = detector;
    }

    /** The boxes that are human faces, in their order; all the second looks go to the detector together. */
    public List<FaceBox> faces(RgbImage photo, List<FaceBox> candidates) {
        var scores = detector.secondLooks(photo, candidates, ZOOMS);
        var kept = new ArrayList<FaceBox>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            double sum = 0;
            for (float score : scores[i]) {
                sum += score;
            }
            if (sum / ZOOMS.length >= MIN_MEAN_SCORE) {
                kept.add(candidates.get(i));
            }
        }
        return kept;
    }
}
