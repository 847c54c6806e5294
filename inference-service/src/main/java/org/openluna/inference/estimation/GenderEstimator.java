package org.openluna.inference.estimation;

import java.util.List;
import org.openluna.inference.runtime.ModelSession;

/**
 * Apparent gender from fr_gender.onnx, an SSR-Net with the age model's input, merged over a range of 1
 * (lib/fr_gender.js): near 0 for women, near 1 for men.
 */
public final class GenderEstimator {
    private final ModelSession model;

    public GenderEstimator(ModelSession model) {
        this.model = model;
    }

    /** One estimate per face, in the order of the faces. */
    public List<GenderEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, SsrNet.INPUT_SIZE, SsrNet.INPUT_SIZE, faces.size(), (face, into, at) -> SsrNet.writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> new GenderEstimate((float) SsrNet.merge(outputs, 1)))
                .toList();
    }
}
