package org.openluna.matcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The float32 brute force the matcher is measured against: the same descriptors dequantised to floats
 * (4 bytes a component, 2 KB a face), one SIMD fused multiply-add dot product per face on every worker,
 * then the best {@code limit} indices. What a numpy or plain Vector API matcher does.
 */
final class FloatBaseline {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int D = Descriptor.DIMENSIONS;

    private final float[] rows;
    private final float[] inverseNorms;
    private final int size;

    FloatBaseline(int capacity) {
        rows = new float[Math.multiplyExact(capacity, D)];
        inverseNorms = new float[capacity];
        size = capacity;
    }

    void set(int row, Descriptor descriptor) {
        float[] components = descriptor.toFloats();
        double squared = 0;
        for (float component : components) {
            squared += component * component;
        }
        System.arraycopy(components, 0, rows, row * D, D);
        inverseNorms[row] = (float) (1 / Math.sqrt(squared));
    }

    long allocatedBytes() { return (long) rows.length * Float.BYTES + (long) inverseNorms.length * Float.BYTES; }

    /** Indices of the best {@code limit} rows for the query, best first. */
    int[] search(Descriptor query, int limit, ExecutorService workers, int threads) throws Exception {
        float[] q = query.toFloats();
        float[] scores = new float[size];
        var futures = new ArrayList<Future<?>>();
        int per = (size + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * per;
            int to = Math.min(size, from + per);
            futures.add(workers.submit(() -> score(q, scores, from, to)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return best(scores, limit);
    }

    private void score(float[] q, float[] scores, int from, int to) {
        for (int row = from; row < to; row++) {
            var sum = FloatVector.zero(FLOATS);
            int base = row * D;
            for (int i = 0; i < D; i += FLOATS.length()) {
                sum = FloatVector.fromArray(FLOATS, rows, base + i).fma(FloatVector.fromArray(FLOATS, q, i), sum);
            }
            scores[row] = sum.reduceLanes(VectorOperators.ADD) * inverseNorms[row];
        }
    }

    private static int[] best(float[] scores, int limit) {
        // a sorted array of the best seen: cheap because after the first rows almost every score is below its end
        int[] best = new int[Math.min(limit, scores.length)];
        int kept = 0;
        for (int row = 0; row < scores.length; row++) {
            if (kept == best.length && scores[row] <= scores[best[kept - 1]]) {
                continue;
            }
            int at = kept == best.length ? kept - 1 : kept++;
            while (at > 0 && scores[best[at - 1]] < scores[row]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = row;
        }
        return best;
    }

    static List<Integer> asList(int[] indices) {
        var list = new ArrayList<Integer>(indices.length);
        for (int index : indices) {
            list.add(index);
        }
        return list;
    }
}
