package org.openluna.matcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The benchmark's data: face ids and random L2-normalised descriptors (Gaussian components) from a
 * fixed seed, so that every run and every baseline sees the same faces in the same order.
 */
final class RandomFaces {
    private final SplittableRandom random;

    RandomFaces(long seed) {
        random = new SplittableRandom(seed);
    }

    UUID nextId() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Descriptor nextDescriptor() {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    List<Descriptor> nextDescriptors(int count) {
        var descriptors = new ArrayList<Descriptor>(count);
        for (int i = 0; i < count; i++) {
            descriptors.add(nextDescriptor());
        }
        return descriptors;
    }
}
