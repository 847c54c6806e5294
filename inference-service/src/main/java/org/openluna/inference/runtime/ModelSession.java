package org.openluna.inference.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ONNX model with a single float input and float outputs, run on inputs of one item each. With
 * batching on, the model's batch dimension is opened ({@link BatchDimension}) and the inputs of all
 * callers go through one {@link BatchQueue}; a model whose batched runs do not give what its single
 * runs give (a reshape to a fixed batch of 1 inside the graph) keeps batch 1 and says so in the log.
 * Native tensors and results are closed before a run returns, so no native memory outlives a run.
 */
public final class ModelSession implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModelSession.class);
    private static final float SAME_OUTPUT = 1e-4f;

    private final String name;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String inputName;
    private final long[] itemShape;
    private final int itemSize;
    private final boolean isBatched;
    private final RunPermits permits;
    private final BatchQueue queue;
    private final AtomicLong runs = new AtomicLong();

    private ModelSession(String name, OrtEnvironment environment, OrtSession session, boolean isBatched,
                         RunPermits permits, RuntimeSettings settings) {
        this.name = name;
        this.environment = environment;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        long[] declared = declaredShape(session, inputName);
        this.itemShape = Arrays.copyOfRange(declared, 1, declared.length);
        boolean sized = Arrays.stream(itemShape).allMatch(dimension -> dimension > 0);
        // a model of any input size (a detector) is run one input at a time, at the size each one has
        this.itemSize = sized ? Math.toIntExact(Arrays.stream(itemShape).reduce(1, Math::multiplyExact)) : -1;
        this.isBatched = isBatched;
        this.permits = permits;
        this.queue = settings.batching() && sized
                ? new BatchQueue(name, settings.concurrentRuns(), isBatched ? settings.maxBatch() : 1, permits, this::runOnce)
                : null;
    }

    /**
     * Opens {@code model} through {@code backend}. With batching on, the batch dimension is opened
     * and checked on a probe of two inputs; the model keeps batch 1 where that fails.
     */
    static ModelSession open(String name, byte[] model, OrtEnvironment environment, Backend backend,
                             RuntimeSettings settings, RunPermits permits) {
        if (settings.batching() && settings.maxBatch() > 1) {
            var batched = new ModelSession(name, environment, create(environment, BatchDimension.opened(model), backend, settings), true, permits, settings);
            // a model of any input size (a detector) runs its inputs one by one, at the size each has
            var why = batched.itemSize < 0 ? "it takes inputs of any size" : batched.whyNotBatched();
            if (why == null) {
                return batched;
            }
            batched.close();
            log.info("{} keeps batch 1: {}", name, why);
        }
        return new ModelSession(name, environment, create(environment, model, backend, settings), false, permits, settings);
    }

    private static OrtSession create(OrtEnvironment environment, byte[] model, Backend backend, RuntimeSettings settings) {
        try (var options = backend.sessionOptions(settings)) {
            return environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load a model: " + e.getMessage(), e);
        }
    }

    private static long[] declaredShape(OrtSession session, String inputName) {
        try {
            return ((TensorInfo) session.getInputInfo().get(inputName).getInfo()).getShape();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot read the model's input shape: " + e.getMessage(), e);
        }
    }

    /** The shape of one input, without the batch dimension. */
    public long[] itemShape() {
        return itemShape.clone();
    }

    /** The number of floats in one input. */
    public int itemSize() {
        return itemSize;
    }

    /** Whether runs of this model take more than one input. */
    public boolean isBatched() {
        return isBatched;
    }

    /**
     * The outputs of each input, flattened per output name, in the order of the inputs. With
     * batching on, the inputs may share runs with other callers' inputs.
     */
    public List<Map<String, float[]>> run(List<float[]> inputs) {
        for (var input : inputs) {
            if (input.length != itemSize) {
                throw new IllegalArgumentException(name + " takes inputs of " + itemSize + " floats, got " + input.length);
            }
        }
        if (inputs.isEmpty()) {
            return List.of();
        }
        if (queue != null) {
            return queue.run(inputs);
        }
        var outputs = new ArrayList<Map<String, float[]>>(inputs.size());
        for (var input : inputs) {
            try (var permit = permits.acquire()) {
                outputs.addAll(runOnce(List.of(input), permit));
            }
        }
        return outputs;
    }

    /**
     * The outputs of one input of the given shape (without the batch dimension), for a model that
     * takes any input size. Never batched: two inputs of different sizes cannot share a run.
     */
    public Map<String, float[]> runShaped(float[] input, long[] shape) {
        if (itemSize > 0) {
            throw new IllegalStateException(name + " takes inputs of one size only");
        }
        try (var permit = permits.acquire()) {
            return runOnce(List.of(input), shape, permit).getFirst();
        }
    }

    /** How many times ONNX Runtime has run this model, probe included. */
    long runCount() {
        return runs.get();
    }

    /** One run of ONNX Runtime over {@code inputs} as one batch, staged in the permit's buffer. */
    List<Map<String, float[]>> runOnce(List<float[]> inputs, RunPermits.Permit permit) {
        return runOnce(inputs, itemShape, permit);
    }

    private List<Map<String, float[]>> runOnce(List<float[]> inputs, long[] itemShape, RunPermits.Permit permit) {
        int batch = inputs.size();
        var staging = permit.staging(Math.multiplyExact(batch, inputs.getFirst().length));
        inputs.forEach(staging::put);
        staging.flip();
        var shape = new long[itemShape.length + 1];
        shape[0] = batch;
        System.arraycopy(itemShape, 0, shape, 1, itemShape.length);
        runs.incrementAndGet();
        try (var tensor = OnnxTensor.createTensor(environment, staging, shape);
             var result = session.run(Map.of(inputName, tensor))) {
            var perInput = new ArrayList<Map<String, float[]>>(batch);
            for (int i = 0; i < batch; i++) {
                perInput.add(new LinkedHashMap<>());
            }
            for (var output : result) {
                var all = ((OnnxTensor) output.getValue()).getFloatBuffer();
                int size = all.remaining() / batch;
                for (int i = 0; i < batch; i++) {
                    var one = new float[size];
                    all.get(i * size, one);
                    perInput.get(i).put(output.getKey(), one);
                }
            }
            return perInput;
        } catch (OrtException e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
    }

    /** Null when a batch of two probe inputs gives what each gives alone; else the reason. */
    private String whyNotBatched() {
        if (declaredShape(session, inputName)[0] >= 0) {
            return "its batch dimension stays fixed";
        }
        var random = new java.util.Random(20261123);
        var probe = new ArrayList<float[]>();
        for (int k = 0; k < 2; k++) {
            var input = new float[itemSize];
            for (int i = 0; i < itemSize; i++) {
                input[i] = random.nextFloat() * 2 - 1;
            }
            probe.add(input);
        }
        try (var permit = permits.acquire()) {
            var together = runOnce(probe, permit);
            for (int k = 0; k < probe.size(); k++) {
                var alone = runOnce(List.of(probe.get(k)), permit).getFirst();
                for (var output : alone.entrySet()) {
                    if (!isSame(output.getValue(), together.get(k).get(output.getKey()))) {
                        return "a batch of two does not give output " + output.getKey() + " as single runs do";
                    }
                }
            }
            return null;
        } catch (IllegalStateException e) {
            return "a batch of two fails: " + e.getMessage();
        }
    }

    private static boolean isSame(float[] alone, float[] together) {
        if (together == null || alone.length != together.length) {
            return false;
        }
        for (int i = 0; i < alone.length; i++) {
            if (!(Math.abs(alone[i] - together[i]) <= SAME_OUTPUT * Math.max(1, Math.abs(alone[i])))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (queue != null) {
            queue.close();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
