package org.openluna.inference.estimation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.List;
import org.openluna.inference.runtime.ModelSession;

/**
 * Apparent gender from fr_gender.onnx, an SSR-Net with the age model's input, merged over a range of 1
 * (lib/fr_gender.js): near 0 for women, near 1 for men. Owns its model session; close it at shutdown.
 */
public final class GenderEstimator implements AutoCloseable {
    private final ModelSession model;

    public GenderEstimator(OrtEnvironment environment, Path modelFile, OrtSession.SessionOptions options) {
        this.model = new ModelSession(environment, modelFile, options);
    }

    /** One estimate per face, in the order of the faces. */
    public List<GenderEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, SsrNet.INPUT_SIZE, SsrNet.INPUT_SIZE, faces.size(), (face, into, at) -> SsrNet.writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> new GenderEstimate((float) SsrNet.merge(outputs, 1)))
                .toList();
    }

    @Override
    public void close() {
        model.close();
    }
}
