package org.openluna.inference.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ONNX model with a single float input, run on a batch at a time. Outputs come back flattened
 * per name; the native tensors are closed before {@link #run} returns, so no native memory outlives a
 * call. ONNX Runtime allows concurrent runs on one session.
 */
public final class ModelSession implements AutoCloseable {
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;

    public ModelSession(OrtEnvironment environment, Path model, OrtSession.SessionOptions options) {
        this.environment = environment;
        try {
            this.session = environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model " + model + ": " + e.getMessage(), e);
        }
        this.inputName = session.getInputNames().iterator().next();
        try {
            this.inputShape = ((TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape();
        } catch (OrtException e) {
            try {
                session.close();
            } catch (OrtException closing) {
                e.addSuppressed(closing);
            }
            throw new IllegalStateException("cannot read the input of the model " + model + ": " + e.getMessage(), e);
        }
    }

    /**
     * The input shape the model declares, batch first; a dimension the model leaves open is -1. Callers
     * that hold several faces check {@code inputShape()[0]} to learn whether one run may take them all.
     */
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** Runs the model on {@code input} of the given shape (batch first) and returns every output, flattened. */
    public Map<String, float[]> run(float[] input, long... shape) {
        try (var tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
             var result = session.run(Map.of(inputName, tensor))) {
            var outputs = new LinkedHashMap<String, float[]>();
            for (var output : result) {
                var value = (OnnxTensor) output.getValue();
                var buffer = value.getFloatBuffer();
                var flat = new float[buffer.remaining()];
                buffer.get(flat);
                outputs.put(output.getKey(), flat);
            }
            return outputs;
        } catch (OrtException e) {
            throw new IllegalStateException("the model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
