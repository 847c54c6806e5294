package org.openluna.inference.estimation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The probability of each emotion, summing to one, as the API reports it in {@code emotions} (seed
 * luna-platform-api-v6.txt, detector response: {@code "predominant_emotion"} and {@code "estimations"}
 * with one probability per emotion name). The map is an unmodifiable copy in {@link Emotion} order.
 */
public record EmotionEstimate(Map<Emotion, Float> probabilities) {

    public EmotionEstimate {
        Objects.requireNonNull(probabilities, "probabilities");
        if (probabilities.size() != Emotion.values().length) {
            throw new IllegalArgumentException("every emotion needs a probability, got " + probabilities.keySet());
        }
        probabilities = Collections.unmodifiableMap(new EnumMap<>(probabilities));
    }

    public float probability(Emotion emotion) {
        return probabilities.get(emotion);
    }

    /** The most probable emotion, {@code predominant_emotion}; the first in declaration order wins a tie. */
    public Emotion predominant() {
        Emotion best = Emotion.ANGER;
        for (var entry : probabilities.entrySet()) {
            if (entry.getValue() > probabilities.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }
}
