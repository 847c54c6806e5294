package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code filters} of a storage, tag or match policy (seed l.3308-3345): which of a handler's
 * events a policy applies to. A filter not given passes every event, so only given ones are kept and
 * shown, as the seed's stored handler shows {@code "filters": { }} (l.4393); a filter given as null is
 * no filter either.
 *
 * @param gender 0 female, 1 male; null for any
 * @param ethnicities 1-4, null for any
 * @param liveness 0 spoof, 1 real, 2 unknown; null for any
 * @param deepfake 0 fake, 1 real; null for any
 * @param match bounds on the similarity of a match policy's best candidate, by that policy's label
 */
public record ObjectFilters(Integer gender, List<Integer> ethnicities, Integer ageLt, Integer ageGte,
                            List<Integer> liveness, List<Integer> deepfake, List<MatchFilter> match) {
    /** The filters of a match policy itself, which cannot refer to matches. */
    static final Set<String> CANDIDATE_FIELDS = Set.of("gender", "ethnicities", "age__lt", "age__gte", "liveness", "deepfake");
    static final Set<String> FIELDS = Set.of("gender", "ethnicities", "age__lt", "age__gte", "liveness", "deepfake", "match");
    static final ObjectFilters NONE = new ObjectFilters(null, null, null, null, null, null, null);
    // ages have no upper bound in the seed; this one only keeps the number an int
    private static final int MAX_AGE = 1000;

    public ObjectFilters {
        ethnicities = ethnicities == null ? null : List.copyOf(ethnicities);
        liveness = liveness == null ? null : List.copyOf(liveness);
        deepfake = deepfake == null ? null : List.copyOf(deepfake);
        match = match == null ? null : List.copyOf(match);
    }

    /** A bound on the similarity of the best candidate a labelled match policy found; either bound may be absent. */
    public record MatchFilter(String label, Double similarityLte, Double similarityGte) {
        static final Set<String> FIELDS = Set.of("label", "similarity__lte", "similarity__gte");

        public MatchFilter {
            Objects.requireNonNull(label, "label");
        }

        static MatchFilter read(PolicyNode node) {
            var label = node.string("label", null, 0, MatchPolicy.MAX_LABEL);
            // a filter on a match no policy makes could never be decided
            if (!node.matchLabels().contains(label)) {
                throw PolicyNode.invalid(node.path("label"), "must be the label of one of the match policies");
            }
            return new MatchFilter(label, node.nullableNumber("similarity__lte", 0, 1), node.nullableNumber("similarity__gte", 0, 1));
        }

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("label", label);
            if (similarityLte != null) {
                json.put("similarity__lte", JsonNumbers.of(similarityLte));
            }
            if (similarityGte != null) {
                json.put("similarity__gte", JsonNumbers.of(similarityGte));
            }
            return json;
        }
    }

    /**
     * Whether an event passes every filter given. A filter on a fact the event lacks (gender not
     * extracted, a label that found nobody) is not passed, as the Sender's filters exclude an event
     * without the field they read (ADR 0012); ethnicities and deepfake are never estimated here, and a
     * handler that names them is refused (ADR 0011), so they too are never passed.
     */
    public boolean passes(EventFacts facts) {
        if (gender != null && !gender.equals(facts.gender())) {
            return false;
        }
        if (ageLt != null && (facts.age() == null || facts.age() >= ageLt)) {
            return false;
        }
        if (ageGte != null && (facts.age() == null || facts.age() < ageGte)) {
            return false;
        }
        if (liveness != null && (facts.liveness() == null || !liveness.contains(facts.liveness()))) {
            return false;
        }
        if (ethnicities != null || deepfake != null) {
            return false;
        }
        if (match != null) {
            for (var filter : match) {
                var best = facts.bestSimilarityByLabel().get(filter.label());
                if (best == null || filter.similarityLte() != null && best > filter.similarityLte()
                        || filter.similarityGte() != null && best < filter.similarityGte()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The {@code filters} of {@code node}; absent, there are none. */
    static ObjectFilters read(PolicyNode parent, Set<String> fields) {
        if (!parent.has("filters")) {
            return NONE;
        }
        var node = parent.object("filters", fields);
        List<MatchFilter> match = null;
        if (node.has("match")) {
            match = node.array("match", MatchPolicy.MAX_POLICIES, MatchFilter.FIELDS, MatchFilter::read);
        }
        return new ObjectFilters(
                node.nullableInteger("gender", 0, 1),
                node.states("ethnicities", Set.of(1, 2, 3, 4)),
                node.nullableInteger("age__lt", 0, MAX_AGE),
                node.nullableInteger("age__gte", 0, MAX_AGE),
                node.states("liveness", Set.of(0, 1, 2)),
                node.states("deepfake", Set.of(0, 1)),
                match);
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        putIfGiven(json, "gender", gender);
        putIfGiven(json, "ethnicities", ethnicities);
        putIfGiven(json, "age__lt", ageLt);
        putIfGiven(json, "age__gte", ageGte);
        putIfGiven(json, "liveness", liveness);
        putIfGiven(json, "deepfake", deepfake);
        if (match != null) {
            json.put("match", match.stream().map(MatchFilter::toJson).toList());
        }
        return json;
    }

    private static void putIfGiven(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
