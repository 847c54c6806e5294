package org.openluna.shared.subscriptions;

import java.util.Map;
import java.util.Optional;

/**
 * The integer codes event filters use for what an event writes as words: the predominant emotion,
 * mask and ethnicity, and the liveness and deepfake predictions. The seed lost the lists that pair
 * them (its filters say only "1, 2, 3, ..."); we number emotions, masks and ethnicities in the
 * order the seed's estimation objects list their keys, which is alphabetical (S1:46-50, S1:317-325),
 * and predictions as the platform's liveness states already are (0 spoof, 1 real, 2 unknown). See ADR 0012.
 */
public final class AttributeCodes {
    public static final Map<String, Integer> EMOTIONS = Map.of(
            "anger", 1, "disgust", 2, "fear", 3, "happiness", 4, "neutral", 5, "sadness", 6, "surprise", 7);
    public static final Map<String, Integer> MASKS = Map.of("medical_mask", 1, "missing", 2, "occluded", 3);
    public static final Map<String, Integer> ETHNIC_GROUPS = Map.of(
            "african_american", 1, "asian", 2, "caucasian", 3, "indian", 4);
    public static final Map<String, Integer> LIVENESS = Map.of("spoof", 0, "real", 1, "unknown", 2);
    public static final Map<String, Integer> DEEPFAKE = Map.of("fake", 0, "real", 1);

    private AttributeCodes() {}

    static Optional<Integer> code(Map<String, Integer> codes, String name) {
        return Optional.ofNullable(codes.get(name));
    }
}
