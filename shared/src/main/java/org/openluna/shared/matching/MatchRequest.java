package org.openluna.shared.matching;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/matcher/faces} (seed l.2431-2516): 1 to 30 references, each matched with
 * 0 to 30 candidate sets.
 */
public record MatchRequest(List<MatchReference> references, List<MatchCandidates> candidates) {
    public static final int MAX_REFERENCES = 30;
    public static final int MAX_CANDIDATES = 30;

    public MatchRequest {
        references = List.copyOf(references);
        candidates = List.copyOf(candidates);
    }

    /** @param account the account the request acts in, which the answer's filters name */
    public static MatchRequest fromJson(JsonNode body, UUID account, Clock clock) {
        return new MatchRequestJson(account, clock).read(body);
    }
}
