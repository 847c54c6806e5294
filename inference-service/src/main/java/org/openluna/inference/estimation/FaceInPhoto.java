package org.openluna.inference.estimation;

import java.util.Objects;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.image.RgbImage;

/** One detected face and the photo it was found in: what every box-based estimator takes. */
public record FaceInPhoto(RgbImage photo, FaceBox box) {

    public FaceInPhoto {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(box, "box");
    }
}
