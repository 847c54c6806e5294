package org.openluna.shared.descriptors;

/**
 * The one similarity of the platform: the cosine of two descriptors, clamped to [0, 1]. Matching,
 * verification, the matcher service's kernels and the tasks all report this number, so a threshold
 * means the same thing everywhere. A kernel that computes dot products in bulk (SIMD, GPU) must
 * finish through {@link #fromDot} rather than write its own formula.
 *
 * <p>With our model the same person scores about 0.55 to 0.67 and most different people below
 * 0.25; about 0.45 separates them. Negative cosines carry no identity information and LUNA clients
 * expect similarities between 0 and 1 (every example in the seed is), hence the clamp. A zero vector
 * is similar to nothing.
 *
 * <p>Quantised descriptors are compared with exact integer arithmetic: 512 products of two int8
 * values stay below 2^23, so an {@code int} cannot overflow, and because a cosine ignores scale the
 * result equals the cosine of the dequantised floats.
 */
public final class Similarity {
    private Similarity() {}

    /** Two quantised descriptors of the same length, as stored or sent raw. */
    public static double of(byte[] a, byte[] b) {
        return fromDot(dot(a, b), squaredNorm(a), squaredNorm(b));
    }

    /** Two float vectors of the same length, normalised or not. */
    public static double of(float[] a, float[] b) {
        requireSameLength(a.length, b.length);
        double dot = 0;
        double squaredA = 0;
        double squaredB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            squaredA += (double) a[i] * a[i];
            squaredB += (double) b[i] * b[i];
        }
        return fromDot(dot, squaredA, squaredB);
    }

    /** The final step shared by every implementation: dot product and squared norms to similarity. */
    public static double fromDot(double dot, double squaredNormA, double squaredNormB) {
        if (squaredNormA == 0 || squaredNormB == 0) {
            return 0;
        }
        return Math.clamp(dot / Math.sqrt(squaredNormA * squaredNormB), 0.0, 1.0);
    }

    static int dot(byte[] a, byte[] b) {
        requireSameLength(a.length, b.length);
        int dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static int squaredNorm(byte[] a) {
        return dot(a, a);
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("descriptors of " + a + " and " + b + " dimensions cannot be compared");
        }
    }
}
