package org.openluna.shared.matching;

import java.util.List;

/** What one reference matched in one candidate set, best first: the {@code matches[]} item of the answer (seed l.2489-2514). */
public record CandidateMatches(MatchCandidates candidates, List<CandidateMatch> result) {
    public CandidateMatches {
        result = List.copyOf(result);
    }
}
