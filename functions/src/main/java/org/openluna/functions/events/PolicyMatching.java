package org.openluna.functions.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.api.Times;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.events.EventFilterJson;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.handlers.EventFacts;
import org.openluna.shared.handlers.MatchCandidatesPolicy;
import org.openluna.shared.handlers.MatchPolicy;
import org.openluna.shared.matching.CandidateMatch;
import org.openluna.shared.matching.EventCandidateSearch;
import org.openluna.shared.matching.FaceCandidateSearch;
import org.openluna.shared.matching.MatchCandidates;

/**
 * The match policies (seed l.3291-3324) run on the events of one request through the same candidate
 * searches as {@code /6/matcher/faces} (ADR 0010, 0013): faces, or stored events that keep a descriptor;
 * each policy searches once for every event whose face has a descriptor and passes the policy's
 * filters, so a request of many faces costs one search per policy. Relative times of the candidates
 * ({@code now-2y}) are reckoned now.
 */
final class PolicyMatching {
    /** What one policy found for one event, best first; a policy that did not run for the event has no entry. */
    record PolicyMatches(MatchPolicy policy, List<? extends CandidateMatch> matches) {
        PolicyMatches {
            matches = List.copyOf(matches);
        }
    }

    private PolicyMatching() {}

    /** Where each origin's candidates are searched: faces through the matcher service, events in the function (ADR 0013). */
    record Searches(FaceCandidateSearch faces, EventCandidateSearch events) {}

    static List<List<PolicyMatches>> run(Searches searches, UUID account, List<MatchPolicy> policies,
                                          List<EventDraft> drafts, Clock clock) {
        var perDraft = new ArrayList<List<PolicyMatches>>();
        drafts.forEach(d -> perDraft.add(new ArrayList<>()));
        for (var policy : policies) {
            var which = new ArrayList<Integer>();
            var queries = new ArrayList<Descriptor>();
            for (int d = 0; d < drafts.size(); d++) {
                var draft = drafts.get(d);
                if (draft.descriptor() != null && policy.filters().passes(draft.facts())) {
                    which.add(d);
                    queries.add(draft.descriptor());
                }
            }
            if (queries.isEmpty()) {
                continue;
            }
            List<? extends List<? extends CandidateMatch>> found = policy.candidates().origin().equals(MatchCandidatesPolicy.EVENTS)
                    ? searches.events().search(account, queries, eventCandidates(account, policy, clock))
                    : searches.faces().search(account, queries, candidates(account, policy, clock));
            for (int q = 0; q < which.size(); q++) {
                perDraft.get(which.get(q)).add(new PolicyMatches(policy, found.get(q)));
            }
        }
        return perDraft;
    }

    /** The best similarity each label found, for the storage and tag filters. */
    static EventFacts withMatches(EventFacts facts, List<PolicyMatches> matches) {
        var best = new HashMap<String, Double>();
        for (var m : matches) {
            if (!m.matches().isEmpty()) {
                best.merge(m.policy().label(), m.matches().getFirst().similarity(), Math::max);
            }
        }
        return facts.withMatches(best);
    }

    /** The events the policy's filters choose now: a relative time moves with each request. */
    private static MatchCandidates.Events eventCandidates(UUID account, MatchPolicy policy, Clock clock) {
        var c = policy.candidates();
        var filter = EventFilterJson.read(c.eventFilters(), "policies.match_policy.candidates", clock);
        boolean otherAccount = c.accountId() != null && !c.accountId().equals(account);
        var targets = policy.targets() == null ? MatchCandidates.Events.TARGETS : policy.targets();
        return new MatchCandidates.Events(filter, otherAccount, policy.limit(), policy.threshold() == null ? 0 : policy.threshold(),
                targets, Map.of());
    }

    private static MatchCandidates.Faces candidates(UUID account, MatchPolicy policy, Clock clock) {
        var c = policy.candidates();
        var createTime = new TimeRange(time(c.createTimeGte(), clock), time(c.createTimeLt(), clock));
        var filter = new FaceFilter(c.faceIds(), c.externalIds(), null, c.listId(), c.userData(), createTime,
                new IdRange(c.faceIdGte(), c.faceIdLt()));
        boolean otherAccount = c.accountId() != null && !c.accountId().equals(account);
        var targets = policy.targets() == null ? MatchCandidates.Faces.TARGETS : policy.targets();
        return new MatchCandidates.Faces(filter, otherAccount, policy.limit(), policy.threshold() == null ? 0 : policy.threshold(),
                targets, Map.of());
    }

    private static java.time.Instant time(String text, Clock clock) {
        return text == null ? null : Times.parse(text, clock).orElseThrow();
    }
}
