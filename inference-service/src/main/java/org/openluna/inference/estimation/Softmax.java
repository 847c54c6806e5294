package org.openluna.inference.estimation;

/** Turns a model's raw class scores into probabilities that sum to one. */
final class Softmax {

    private Softmax() {}

    /** The softmax of {@code length} scores starting at {@code from}; the largest is subtracted first so exp never overflows. */
    static float[] of(float[] scores, int from, int length) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, scores[from + i]);
        }
        var probabilities = new float[length];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double e = Math.exp(scores[from + i] - max);
            probabilities[i] = (float) e;
            sum += e;
        }
        for (int i = 0; i < length; i++) {
            probabilities[i] = (float) (probabilities[i] / sum);
        }
        return probabilities;
    }
}
