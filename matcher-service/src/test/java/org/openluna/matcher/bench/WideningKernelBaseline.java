package org.openluna.matcher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowSegment;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.Similarity;

/**
 * The straightforward Vector API int8 kernel that the design notes measured (widen bytes to shorts,
 * multiply, widen the products to ints, add), run over the very same rows as the matcher so that only
 * the kernel differs. Rows are offset binary, so it widens them by zero extension against an offset
 * query and removes the offsets as the matcher does; the conversions it pays are the same as sign
 * extension's.
 */
final class WideningKernelBaseline {
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(SHORTS.vectorBitSize() / 2));
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, SHORTS.vectorShape());
    private static final int D = Descriptor.DIMENSIONS;

    private WideningKernelBaseline() {}

    /** The best {@code limit} similarities, best first. */
    static double[] bestSimilarities(CandidateRows candidates, Descriptor query, int limit, ExecutorService workers, int threads)
            throws Exception {
        byte[] int8 = query.int8();
        short[] offsetQuery = new short[D];
        int querySum = 0;
        int queryNorm = 0;
        for (int i = 0; i < D; i++) {
            offsetQuery[i] = (short) (int8[i] + 128);
            querySum += int8[i];
            queryNorm += int8[i] * int8[i];
        }
        int sum = querySum;
        int norm = queryNorm;
        var futures = new ArrayList<Future<double[]>>();
        for (int t = 0; t < threads; t++) {
            int party = t;
            futures.add(workers.submit(() -> {
                double[] best = new double[limit];
                Arrays.fill(best, -1);
                int range = 0;
                for (RowRange rows : candidates.ranges()) {
                    if (range++ % threads != party) {
                        continue;
                    }
                    RowSegment segment = rows.segment();
                    for (int row = 0; row < rows.rows(); row++) {
                        int offsetDot = widening(segment.offsetRows(), row * D, offsetQuery);
                        int dot = offsetDot - 128 * (segment.componentSum(row) + sum) - D * 128 * 128;
                        keep(best, Similarity.fromDot(dot, norm, segment.squaredNorm(row)));
                    }
                }
                return best;
            }));
        }
        double[] merged = new double[limit];
        Arrays.fill(merged, -1);
        for (Future<double[]> future : futures) {
            for (double similarity : future.get()) {
                keep(merged, similarity);
            }
        }
        return merged;
    }

    private static int widening(byte[] rows, int offset, short[] offsetQuery) {
        IntVector sums = IntVector.zero(INTS);
        for (int i = 0; i < D; i += SHORTS.length()) {
            var widened = (ShortVector) ByteVector.fromArray(BYTES, rows, offset + i).convertShape(VectorOperators.ZERO_EXTEND_B2S, SHORTS, 0);
            ShortVector products = widened.mul(ShortVector.fromArray(SHORTS, offsetQuery, i));
            sums = sums.add(products.convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 0))
                    .add(products.convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 1));
        }
        return sums.reduceLanes(VectorOperators.ADD);
    }

    /** Keeps {@code best} sorted high to low with the largest values seen. */
    private static void keep(double[] best, double similarity) {
        int at = best.length - 1;
        if (similarity <= best[at]) {
            return;
        }
        while (at > 0 && best[at - 1] < similarity) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = similarity;
    }
}
