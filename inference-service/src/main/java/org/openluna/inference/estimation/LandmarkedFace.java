package org.openluna.inference.estimation;

import java.util.Objects;
import org.openluna.inference.face.Landmarks;
import org.openluna.inference.image.RgbImage;

/** A face's 68 landmarks and the photo they lie in: what the eye estimator takes. */
public record LandmarkedFace(RgbImage photo, Landmarks landmarks) {

    public LandmarkedFace {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(landmarks, "landmarks");
    }
}
