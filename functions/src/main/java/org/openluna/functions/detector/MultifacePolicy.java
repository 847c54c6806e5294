package org.openluna.functions.detector;

import java.util.Comparator;
import java.util.List;
import org.openluna.protocol.inference.DetectedFace;

/**
 * {@code multiface_policy}: 1 keeps every face; 0 and 2 keep one face, the best. The seed names the
 * values without describing them; LUNA's manual has 0 "the best face only" and 2 "the best face,
 * for photos expected to hold one person", which answer alike here.
 */
public enum MultifacePolicy {
    BEST_ONLY, ALL, BEST_OF_ONE;

    public static MultifacePolicy of(int value) {
        return switch (value) {
            case 0 -> BEST_ONLY;
            case 2 -> BEST_OF_ONE;
            default -> ALL;
        };
    }

    /** The best face is the one the detector is surest of, the larger when scores tie. */
    public List<DetectedFace> apply(List<DetectedFace> faces) {
        if (this == ALL || faces.size() <= 1) {
            return faces;
        }
        return List.of(faces.stream().max(Comparator.comparingDouble(DetectedFace::score)
                .thenComparingInt(f -> f.rect().width() * f.rect().height())).orElseThrow());
    }
}
