package org.openluna.shared.descriptors;

import java.util.Random;

/** Seeded random unit vectors, and pairs of them at a chosen closeness, for the descriptor tests. */
final class RandomEmbeddings {
    private final Random random;

    RandomEmbeddings(long seed) {
        this.random = new Random(seed);
    }

    float[] unit() {
        var v = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return normalised(v);
    }

    /** A unit vector whose cosine to {@code base} is spread over the whole range as {@code closeness} goes 0 to 1. */
    float[] near(float[] base, double closeness) {
        var noise = unit();
        var v = new float[base.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (closeness * base[i] + (1 - closeness) * noise[i]);
        }
        return normalised(v);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    static float[] normalised(float[] v) {
        double squared = 0;
        for (float x : v) {
            squared += (double) x * x;
        }
        var norm = Math.sqrt(squared);
        var out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }
}
