package org.openluna.shared.handlers;

import java.util.Map;

/**
 * What a policy's {@code filters} read of an event (seed l.3308-3345): the face's gender and age, its
 * liveness state, and the best similarity each match policy found, by label. A fact not estimated is
 * null; a label whose policy found no candidate, or did not run, is absent.
 *
 * @param gender 0 female, 1 male
 * @param liveness 0 spoof, 1 real, 2 unknown
 */
public record EventFacts(Integer gender, Integer age, Integer liveness, Map<String, Double> bestSimilarityByLabel) {
    public EventFacts {
        bestSimilarityByLabel = Map.copyOf(bestSimilarityByLabel);
    }

    public EventFacts withMatches(Map<String, Double> best) {
        return new EventFacts(gender, age, liveness, best);
    }
}
