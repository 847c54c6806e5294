package org.openluna.inference.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

class BatchQueueTest {
    private final AssetCache assets = AssetCache.fromEnvironment();

    private static List<float[]> inputs(int count, int size, long seed) {
        var random = new Random(seed);
        var inputs = new ArrayList<float[]>();
        for (int i = 0; i < count; i++) {
            var input = new float[size];
            for (int k = 0; k < size; k++) {
                input[k] = random.nextFloat();
            }
            inputs.add(input);
        }
        return inputs;
    }

    @Test
    void sixteenInputsOfOneCallerRunInFewerRunsThanInputs() {
        try (var models = new ModelSet(assets, new RuntimeSettings(1, 1, true, 8), Asset.LANDMARKS)) {
            var model = models.get(Asset.LANDMARKS);
            long before = model.runCount();

            var outputs = model.run(inputs(16, model.itemSize(), 1));

            assertThat(outputs).hasSize(16);
            assertThat(model.runCount() - before).isEqualTo(2);   // the 16 arrive at once: 8 + 8
        }
    }

    @Test
    void withBatchingOffEveryInputRunsAlone() {
        try (var models = new ModelSet(assets, new RuntimeSettings(1, 1, false, 8), Asset.LANDMARKS)) {
            var model = models.get(Asset.LANDMARKS);

            model.run(inputs(16, model.itemSize(), 1));

            assertThat(model.isBatched()).isFalse();
            assertThat(model.runCount()).isEqualTo(16);
        }
    }

    @Test
    void concurrentCallersSharingRunsEachGetTheirOwnOutputs() throws Exception {
        try (var batched = new ModelSet(assets, new RuntimeSettings(1, 2, true, 16), Asset.LANDMARKS);
             var alone = new ModelSet(assets, new RuntimeSettings(1, 1, false, 1), Asset.LANDMARKS);
             var callers = Executors.newFixedThreadPool(8)) {
            var model = batched.get(Asset.LANDMARKS);
            var tasks = new ArrayList<Callable<Boolean>>();
            for (int caller = 0; caller < 8; caller++) {
                var mine = inputs(5, model.itemSize(), 100 + caller);
                tasks.add(() -> sameOutputs(model.run(mine), alone.get(Asset.LANDMARKS).run(mine)));
            }

            var answers = callers.invokeAll(tasks);

            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
            assertThat(model.runCount()).as("runs for 40 inputs").isLessThan(40);
        }
    }

    private static boolean sameOutputs(List<Map<String, float[]>> batched, List<Map<String, float[]>> alone) {
        for (int i = 0; i < alone.size(); i++) {
            float[] expected = alone.get(i).get("output");
            float[] actual = batched.get(i).get("output");
            for (int k = 0; k < expected.length; k++) {
                if (Math.abs(expected[k] - actual[k]) > 1e-4f) {
                    return false;
                }
            }
        }
        return true;
    }
}
