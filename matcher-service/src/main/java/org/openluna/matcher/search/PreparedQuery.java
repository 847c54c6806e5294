package org.openluna.matcher.search;

import java.util.List;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A query in the form the row kernels want, computed once per search: its components in offset
 * binary widened to 16 bits, their sum and its squared norm.
 */
final class PreparedQuery {
    private static final int OFFSET = 128;
    /** sum over the dimensions of 128 * 128: the constant term of the offset product */
    private static final int OFFSET_SQUARED_TERM = Descriptor.DIMENSIONS * OFFSET * OFFSET;

    final short[] offsetComponents;
    final int componentSum;
    final int squaredNorm;

    private PreparedQuery(byte[] int8) {
        offsetComponents = new short[int8.length];
        int sum = 0;
        int squared = 0;
        for (int i = 0; i < int8.length; i++) {
            offsetComponents[i] = (short) (int8[i] + OFFSET);
            sum += int8[i];
            squared += int8[i] * int8[i];
        }
        componentSum = sum;
        squaredNorm = squared;
    }

    static PreparedQuery of(Descriptor descriptor) {
        return new PreparedQuery(descriptor.int8());
    }

    static PreparedQuery[] all(List<Descriptor> descriptors) {
        var prepared = new PreparedQuery[descriptors.size()];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = of(descriptors.get(i));
        }
        return prepared;
    }

    /**
     * Whether a row with this dot product and squared norm may have a similarity of at least
     * {@code bar}: a test without the square root and division of {@code Similarity.fromDot}, done
     * first for every row. It compares squares with a margin of 1e-9, far above double rounding, so
     * it never turns away a row that {@code fromDot} would let in; rows it lets through are decided
     * by {@code fromDot} itself.
     */
    boolean mayReach(int dot, int rowSquaredNorm, double bar) {
        // a negative dot product counts as 0, as the clamp of the similarity does; max, not a branch,
        // because on unrelated faces the sign is a coin toss that a branch predictor cannot learn
        double positive = Math.max(dot, 0);
        return positive * positive >= bar * bar * squaredNorm * (double) rowSquaredNorm * (1 - 1e-9);
    }

    /**
     * The dot product of the signed components from the dot product of the offset ones:
     * sum (r + 128)(q + 128) = sum rq + 128 sum r + 128 sum q + 512 * 128 * 128. Every term fits an
     * int and wrap-around cancels, so the result is exact.
     */
    int dot(int offsetDot, int rowComponentSum) {
        return offsetDot - OFFSET * (rowComponentSum + componentSum) - OFFSET_SQUARED_TERM;
    }
}
