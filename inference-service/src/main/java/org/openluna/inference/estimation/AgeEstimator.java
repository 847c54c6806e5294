package org.openluna.inference.estimation;

import java.util.List;
import org.openluna.inference.runtime.ModelSession;

/**
 * Apparent age from fr_age.onnx, an SSR-Net: 1.4 times the detector's box about its centre, 64x64,
 * ImageNet scaling, stage outputs merged over a range of 101 years (lib/fr_age.js).
 */
public final class AgeEstimator {
    private static final double YEARS_RANGE = 101;

    private final ModelSession model;

    public AgeEstimator(ModelSession model) {
        this.model = model;
    }

    /** One estimate per face, in the order of the faces. */
    public List<AgeEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, SsrNet.INPUT_SIZE, SsrNet.INPUT_SIZE, faces.size(), (face, into, at) -> SsrNet.writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> new AgeEstimate((float) SsrNet.merge(outputs, YEARS_RANGE)))
                .toList();
    }
}
