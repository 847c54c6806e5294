package org.openluna.shared.matching;

import java.util.List;

/** One item of the answer to {@code POST /6/matcher/faces}: a reference and its matches in each candidate set, in the request's order. */
public record ReferenceMatches(ResolvedReference reference, List<CandidateMatches> matches) {
    public ReferenceMatches {
        matches = List.copyOf(matches);
    }
}
