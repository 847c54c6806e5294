package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One item of {@code policies.match_policy} (seed l.3291-3324): each event's face is matched against
 * these candidates, and the best matches are kept under the label, which storage and tag filters
 * then refer to.
 *
 * @param targets the candidate fields an event shows; null for all of them
 * @param threshold matches below this similarity are dropped; null for none dropped
 * @param descriptorType {@code face} or {@code body} (the seed's validator example, l.4712)
 */
public record MatchPolicy(String label, MatchCandidatesPolicy candidates, ObjectFilters filters, int limit,
                          List<String> targets, Double threshold, String descriptorType) {
    static final Set<String> FIELDS = Set.of("label", "candidates", "filters", "limit", "targets", "threshold", "descriptor");
    /** Ours, as the seed prints no bound: the most items a policy list (match, tags, lists, callbacks) may hold. */
    static final int MAX_POLICIES = 100;
    /** Ours, as the seed prints no bound. */
    static final int MAX_LABEL = 128;
    /** The matcher's own bound and default (the seed's example asks 3). */
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 3;
    static final List<String> FACE_TARGETS = List.of("face_id", "account_id", "event_id", "user_data", "create_time",
            "external_id", "avatar", "lists", "similarity");
    /** The fields of an event candidate (seed l.6330-6338) and its similarity. */
    static final List<String> EVENT_TARGETS = List.of("event_id", "external_id", "user_data", "create_time", "handler_id", "source",
            "stream_id", "similarity");

    public MatchPolicy {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(filters, "filters");
        targets = targets == null ? null : List.copyOf(targets);
        Objects.requireNonNull(descriptorType, "descriptor type");
    }

    static MatchPolicy read(PolicyNode node) {
        var descriptor = node.object("descriptor", Set.of("descriptor_type"));
        var label = node.string("label", "", 0, MAX_LABEL);
        var candidates = MatchCandidatesPolicy.read(node);
        var targets = candidates.origin().equals(MatchCandidatesPolicy.EVENTS) ? EVENT_TARGETS : FACE_TARGETS;
        return new MatchPolicy(
                // the seed's validator example shows an empty label (l.4702)
                label,
                candidates,
                ObjectFilters.read(node, ObjectFilters.CANDIDATE_FIELDS),
                node.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                node.strings("targets", Set.copyOf(targets), 32),
                node.nullableNumber("threshold", 0, 1),
                descriptor.choice("descriptor_type", "face", Set.of("face", "body")));
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("label", label);
        json.put("candidates", candidates.toJson());
        json.put("filters", filters.toJson());
        json.put("limit", limit);
        json.put("targets", targets);
        json.put("threshold", JsonNumbers.of(threshold));
        json.put("descriptor", Map.of("descriptor_type", descriptorType));
        return json;
    }
}
