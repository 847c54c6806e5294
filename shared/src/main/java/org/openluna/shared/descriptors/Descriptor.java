package org.openluna.shared.descriptors;

import java.util.Arrays;
import java.util.List;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * A face descriptor of {@link DescriptorVersion#OURS}: {@value #DIMENSIONS} components of the
 * L2-normalised model output, each stored as one signed byte (see {@link Int8Quantisation}). The
 * bytes are the payload of every wire form (raw, SDK) and of storage, so they are what is compared.
 *
 * <p>The bytes are copied in and out; the instance never shares its array.
 */
public final class Descriptor {
    public static final int DIMENSIONS = 512;

    private final byte[] int8;
    private final int squaredNorm;

    private Descriptor(byte[] int8) {
        this.int8 = int8;
        this.squaredNorm = Similarity.squaredNorm(int8);
    }

    /**
     * The descriptor of a model output. The output is normalised here, once on write, so a model
     * that already normalises loses nothing and one that does not cannot skew the quantisation.
     */
    public static Descriptor fromEmbedding(float[] embedding) {
        return new Descriptor(Int8Quantisation.quantise(normalised(embedding)));
    }

    /**
     * One descriptor for several pictures of a face ({@code aggregate_attributes}): the mean of the
     * L2-normalised outputs, normalised again. Each output is normalised first so that no picture
     * weighs more for the length of its raw vector; the mean of unit vectors is shorter than one,
     * hence the second normalisation.
     */
    public static Descriptor meanOf(List<float[]> embeddings) {
        if (embeddings.isEmpty()) {
            throw new IllegalArgumentException("no embeddings to aggregate");
        }
        var sum = new double[DIMENSIONS];
        for (float[] embedding : embeddings) {
            float[] unit = normalised(embedding);
            for (int i = 0; i < DIMENSIONS; i++) {
                sum[i] += unit[i];
            }
        }
        var mean = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            mean[i] = (float) (sum[i] / embeddings.size());
        }
        return fromEmbedding(mean);
    }

    private static float[] normalised(float[] embedding) {
        if (embedding.length != DIMENSIONS) {
            throw new IllegalArgumentException("embedding has " + embedding.length + " dimensions, not " + DIMENSIONS);
        }
        double squared = 0;
        for (float x : embedding) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException("embedding has a non-finite component");
            }
            squared += (double) x * x;
        }
        if (squared == 0) {
            throw new IllegalArgumentException("embedding is all zeros");
        }
        float inverseNorm = (float) (1 / Math.sqrt(squared));
        var normalised = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            normalised[i] = embedding[i] * inverseNorm;
        }
        return normalised;
    }

    /** Stored or client-sent payload bytes; a wrong length is the sender's mistake. */
    public static Descriptor fromInt8(byte[] payload) {
        if (payload.length != DIMENSIONS) {
            throw new LunaException(ErrorCode.BAD_DESCRIPTOR_LENGTH, DescriptorVersion.OURS.number(), DIMENSIONS, payload.length);
        }
        return new Descriptor(payload.clone());
    }

    public DescriptorVersion version() { return DescriptorVersion.OURS; }

    /** A copy of the {@value #DIMENSIONS} payload bytes. */
    public byte[] int8() { return int8.clone(); }

    /** The components as the quantisation left them: {@code byte / SCALE}. */
    public float[] toFloats() { return Int8Quantisation.dequantise(int8); }

    /** The similarity to another descriptor; see {@link Similarity}. */
    public double similarityTo(Descriptor other) {
        return Similarity.fromDot(Similarity.dot(int8, other.int8), squaredNorm, other.squaredNorm);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Descriptor d && Arrays.equals(int8, d.int8);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(int8); }

    @Override
    public String toString() { return "Descriptor[v" + DescriptorVersion.OURS.number() + ", " + DIMENSIONS + " int8]"; }
}
