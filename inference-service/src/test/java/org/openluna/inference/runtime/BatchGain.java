package org.openluna.inference.runtime;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * What a batch saves on this machine: for each of the nine models, the CPU time of one run over a
 * batch of 8 inputs against 8 runs of one, on one thread. Not a test; run with
 * {@code java -cp ... org.openluna.inference.runtime.BatchGain [repetitions]}.
 */
public final class BatchGain {
    private static final int BATCH = 8;

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var assets = AssetCache.fromEnvironment();
        var settings = new RuntimeSettings(1, 1, true, BATCH);
        var threads = ManagementFactory.getThreadMXBean();
        System.out.println("| model | input | batches | 8 runs of 1, ms | 1 run of 8, ms | batch of 8 costs |");
        System.out.println("|---|---|---|---:|---:|---:|");
        for (var model : List.of(Asset.DETECTOR, Asset.LANDMARKS, Asset.DESCRIPTOR, Asset.AGE, Asset.GENDER, Asset.HEAD_POSE,
                Asset.EMOTIONS, Asset.LIVENESS, Asset.EYES)) {
            var permits = new RunPermits(1);
            try (var session = ModelSession.open(model.name(), Files.readAllBytes(assets.path(model)), ModelSet.environment(),
                    new CpuBackend(), settings, permits);
                 var permit = permits.acquire()) {
                var random = new Random(1);
                var inputs = new ArrayList<float[]>();
                for (int i = 0; i < BATCH; i++) {
                    var input = new float[session.itemSize()];
                    for (int k = 0; k < input.length; k++) {
                        input[k] = random.nextFloat();
                    }
                    inputs.add(input);
                }
                long alone = Long.MAX_VALUE;
                long together = Long.MAX_VALUE;
                for (int r = 0; r < repetitions + 2; r++) {   // the best of each, after two rounds to warm up
                    long start = threads.getCurrentThreadCpuTime();
                    for (var input : inputs) {
                        session.runOnce(List.of(input), permit);
                    }
                    long middle = threads.getCurrentThreadCpuTime();
                    if (session.isBatched()) {
                        session.runOnce(inputs, permit);
                    }
                    long end = threads.getCurrentThreadCpuTime();
                    if (r >= 2) {
                        alone = Math.min(alone, middle - start);
                        together = Math.min(together, end - middle);
                    }
                }
                System.out.printf("| %s | %s | %s | %.1f | %s | %s |%n", model, java.util.Arrays.toString(session.itemShape()),
                        session.isBatched() ? "yes" : "no, batch 1", alone / 1e6,
                        session.isBatched() ? String.format("%.1f", together / 1e6) : "-",
                        session.isBatched() ? String.format("%.0f%%", 100.0 * together / alone) : "-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
