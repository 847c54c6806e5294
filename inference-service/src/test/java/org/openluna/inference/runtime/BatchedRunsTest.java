package org.openluna.inference.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * Each of the nine models, its batch dimension opened, run on a batch of five inputs, against the
 * model file as published run on each input alone.
 */
class BatchedRunsTest {
    private static final int BATCH = 5;
    // the gender model flattens to a fixed [1, -1] before its last layer, the head pose model's
    // channel shuffle reshapes to a fixed batch of 1: a batch of two fails in both
    private static final EnumSet<Asset> KEEP_BATCH_ONE = EnumSet.of(Asset.GENDER, Asset.HEAD_POSE);

    private final AssetCache assets = AssetCache.fromEnvironment();
    private final RuntimeSettings batching = new RuntimeSettings(1, 1, true, 8);

    @ParameterizedTest
    @EnumSource(value = Asset.class, names = {"DETECTOR", "LANDMARKS", "DESCRIPTOR", "AGE", "GENDER", "HEAD_POSE", "EMOTIONS", "LIVENESS", "EYES"})
    void aBatchOfFiveGivesWhatThePublishedModelGivesForEachInputAlone(Asset model) throws Exception {
        byte[] file = Files.readAllBytes(assets.path(model));
        var environment = ModelSet.environment();
        var permits = new RunPermits(1);
        try (var session = ModelSession.open(model.name(), file, environment, new CpuBackend(), batching, permits);
             var options = new CpuBackend().sessionOptions(batching);
             var published = environment.createSession(file, options)) {
            assertThat(session.isBatched()).as("%s batches", model).isEqualTo(!KEEP_BATCH_ONE.contains(model));
            var inputs = randomInputs(session.itemSize(), new Random(model.ordinal()));
            var together = session.isBatched() ? inOneRun(session, permits, inputs) : session.run(inputs);
            for (int i = 0; i < BATCH; i++) {
                var alone = runAlone(published, environment, inputs.get(i), session.itemShape());
                assertThat(together.get(i).keySet()).containsExactlyElementsOf(alone.keySet());
                for (var output : alone.entrySet()) {
                    assertSame(model + " input " + i + " output " + output.getKey(), together.get(i).get(output.getKey()), output.getValue());
                }
            }
        }
    }

    private static List<Map<String, float[]>> inOneRun(ModelSession session, RunPermits permits, List<float[]> inputs) {
        try (var permit = permits.acquire()) {
            return session.runOnce(inputs, permit);
        }
    }

    private static List<float[]> randomInputs(int size, Random random) {
        var inputs = new ArrayList<float[]>();
        for (int i = 0; i < BATCH; i++) {
            var input = new float[size];
            for (int k = 0; k < size; k++) {
                input[k] = random.nextFloat();
            }
            inputs.add(input);
        }
        return inputs;
    }

    private static Map<String, float[]> runAlone(OrtSession session, OrtEnvironment environment, float[] input, long[] itemShape) throws Exception {
        var shape = new long[itemShape.length + 1];
        shape[0] = 1;
        System.arraycopy(itemShape, 0, shape, 1, itemShape.length);
        try (var tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
             var result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            var outputs = new LinkedHashMap<String, float[]>();
            for (var output : result) {
                var buffer = ((OnnxTensor) output.getValue()).getFloatBuffer();
                var values = new float[buffer.remaining()];
                buffer.get(values);
                outputs.put(output.getKey(), values);
            }
            return outputs;
        }
    }

    private static void assertSame(String what, float[] actual, float[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("%s value %d", what, i).isLessThanOrEqualTo(1e-4f * Math.max(1, Math.abs(expected[i])));
        }
    }
}
