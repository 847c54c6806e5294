package org.openluna.shared.verifiers;

import java.util.List;
import org.openluna.shared.handlers.VerifierPolicies;
import org.openluna.shared.matching.RawMatching;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/verifiers/{verifier_id}/raw} (seed l.11763-11816): {@code /6/matcher/raw}'s body,
 * its matching (so the same similarities, in the same order, with its limits and refusals), and
 * each match's verdict by the verifier's threshold.
 */
public final class RawVerification {
    public record Match(String candidateId, double similarity, boolean status) {}

    public record ReferenceMatches(String referenceId, List<Match> matches) {
        public ReferenceMatches {
            matches = List.copyOf(matches);
        }
    }

    private RawVerification() {}

    public static List<ReferenceMatches> verify(JsonNode body, VerifierPolicies policies) {
        return RawMatching.match(body).stream()
                .map(reference -> new ReferenceMatches(reference.referenceId(), reference.matches().stream()
                        .map(m -> new Match(m.candidateId(), m.similarity(), policies.passes(m.similarity()))).toList()))
                .toList();
    }
}
