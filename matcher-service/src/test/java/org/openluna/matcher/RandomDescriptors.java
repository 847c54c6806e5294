package org.openluna.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/** Random L2-normalised descriptors and face ids from a fixed seed, so every run sees the same data. */
public final class RandomDescriptors {
    private final Random random;

    public RandomDescriptors(long seed) {
        random = new Random(seed);
    }

    public Descriptor next() {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    /** A descriptor of the same person-like neighbourhood: {@code base} plus Gaussian noise of the given size per component. */
    public Descriptor near(Descriptor base, double noise) {
        float[] components = base.toFloats();
        for (int i = 0; i < components.length; i++) {
            components[i] += (float) (random.nextGaussian() * noise / Math.sqrt(components.length));
        }
        return Descriptor.fromEmbedding(components);
    }

    public List<Descriptor> next(int count) {
        var descriptors = new ArrayList<Descriptor>(count);
        for (int i = 0; i < count; i++) {
            descriptors.add(next());
        }
        return descriptors;
    }

    public UUID faceId() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
