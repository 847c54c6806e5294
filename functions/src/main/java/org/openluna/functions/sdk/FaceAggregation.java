package org.openluna.functions.sdk;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openluna.protocol.inference.Emotions;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.Liveness;
import org.openluna.protocol.inference.Mask;
import org.openluna.shared.descriptors.Descriptor;

/**
 * {@code aggregate_attributes=1}: the estimations of every kept face of every image taken as one
 * person's. Probabilities and ages are averaged rather than voted, so a confident picture outweighs a
 * doubtful one: the age is the mean age, the gender that of the mean male probability (as
 * {@code /6/extractor} aggregates basic attributes), the emotions, the mask states and the liveness score their means,
 * and the descriptor the renormalised mean of the faces' descriptors ({@link Descriptor#meanOf}).
 */
public final class FaceAggregation {
    /** What is aggregated; the rest (head pose, eyes, quality) belongs to one picture and stays with its face. */
    public static final Set<Estimation> AGGREGATED = EnumSet.of(Estimation.AGE, Estimation.GENDER, Estimation.EMOTIONS, Estimation.LIVENESS,
            Estimation.MASK);

    private FaceAggregation() {}

    public static FaceEstimations meanOf(List<FaceEstimations> faces) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("no faces to aggregate");
        }
        var first = faces.getFirst();
        return new FaceEstimations(
                first.age() == null ? null : mean(faces, FaceEstimations::age),
                first.gender() == null ? null : mean(faces, FaceEstimations::gender),
                null,
                first.emotions() == null ? null : meanEmotions(faces.stream().map(FaceEstimations::emotions).toList()),
                first.liveness() == null ? null : new Liveness(mean(faces, e -> e.liveness().score())),
                null,
                null,
                first.mask() == null ? null : new Mask(mean(faces, e -> e.mask().medicalMask()), mean(faces, e -> e.mask().missing()),
                        mean(faces, e -> e.mask().occluded())),
                null);
    }

    private static Emotions meanEmotions(List<Emotions> all) {
        return new Emotions(mean(all, Emotions::anger), mean(all, Emotions::disgust), mean(all, Emotions::fear),
                mean(all, Emotions::happiness), mean(all, Emotions::sadness), mean(all, Emotions::surprise),
                mean(all, Emotions::neutral));
    }

    private static <T> float mean(List<T> items, Function<T, Float> value) {
        double sum = 0;
        for (var item : items) {
            sum += value.apply(item);
        }
        return (float) (sum / items.size());
    }
}
