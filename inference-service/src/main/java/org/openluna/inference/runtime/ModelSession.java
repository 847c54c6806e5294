package org.openluna.inference.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        this.inputShape = declaredShape(session, inputName);
    }

    /** The input's shape as the model declares it; -1 marks a dimension the caller chooses (a dynamic batch). */
    public long[] inputShape() {
        return inputShape.clone();
    }

    private static long[] declaredShape(OrtSession session, String inputName) {
        try {
            return ((ai.onnxruntime.TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot read the model's input shape: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code run} on {@code items} in as few calls as the model allows: all at once when its
     * batch dimension is open, one by one when the model declares a batch of 1.
     */
    public <T, R> List<R> inBatches(List<T> items, Function<List<T>, List<R>> run) {
        if (items.isEmpty()) {
            return List.of();
        }
        if (inputShape[0] < 0) {
            return run.apply(items);
        }
        var results = new ArrayList<R>(items.size());
        for (var item : items) {
            results.addAll(run.apply(List.of(item)));
        }
        return results;
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
