package org.openluna.inference.estimation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.List;
import org.openluna.inference.runtime.ModelSession;

/**
 * Apparent age from fr_age.onnx, an SSR-Net: 1.4 times the detector's box about its centre, 64x64,
 * ImageNet scaling, stage outputs merged over a range of 101 years (lib/fr_age.js). Owns its model
 * session; close it at shutdown.
 */
public final class AgeEstimator implements AutoCloseable {
    private static final double YEARS_RANGE = 101;

    private final ModelSession model;

    public AgeEstimator(OrtEnvironment environment, Path modelFile, OrtSession.SessionOptions options) {
        this.model = new ModelSession(environment, modelFile, options);
    }

    /** One estimate per face, in the order of the faces. */
    public List<AgeEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, SsrNet.INPUT_SIZE, SsrNet.INPUT_SIZE, faces.size(), (face, into, at) -> SsrNet.writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> new AgeEstimate((float) SsrNet.merge(outputs, YEARS_RANGE)))
                .toList();
    }

    @Override
    public void close() {
        model.close();
    }
}
