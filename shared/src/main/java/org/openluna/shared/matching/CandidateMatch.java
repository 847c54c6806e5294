package org.openluna.shared.matching;

import java.util.Comparator;

/** A candidate a reference matched, with their similarity ({@code shared.descriptors.Similarity}). */
public sealed interface CandidateMatch permits FaceMatch, AttributeMatch, EventMatch {
    double similarity();

    /** The id of the candidate, as the API writes it. */
    String candidateId();

    /**
     * Higher similarity first; equal ones by id as the API writes it, the matcher service's own order
     * (ADR 0008), so an answer never depends on where a candidate came from.
     */
    Comparator<CandidateMatch> BEST_FIRST = Comparator.comparingDouble(CandidateMatch::similarity).reversed()
            .thenComparing(CandidateMatch::candidateId);
}
