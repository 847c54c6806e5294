package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.attributes.TemporaryAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Temporary attributes as candidates: at most a thousand, named by id, each compared with every
 * reference through the platform's one similarity. They live in their own table with a lifetime of
 * minutes and are never in the matcher's index; comparing a bounded set of given descriptors is the
 * raw matcher's work, not a scan.
 */
public final class AttributeCandidateSearch {
    private final TemporaryAttributes attributes;

    public AttributeCandidateSearch(TemporaryAttributes attributes) {
        this.attributes = attributes;
    }

    /** For each query, in order, its best attributes of the set, at or above the threshold. */
    public List<List<AttributeMatch>> search(UUID account, List<Descriptor> queries, MatchCandidates.Attributes candidates) {
        var found = candidates.excludesCaller() ? List.<TemporaryAttribute>of()
                : attributes.findAll(account, candidates.attributeIds()).stream()
                        .filter(a -> a.attribute().faceDescriptor().isPresent()).toList();
        var results = new ArrayList<List<AttributeMatch>>(queries.size());
        for (var query : queries) {
            results.add(found.stream()
                    .map(a -> new AttributeMatch(a, query.similarityTo(a.attribute().faceDescriptor().orElseThrow())))
                    .filter(m -> m.similarity() >= candidates.threshold())
                    .sorted(CandidateMatch.BEST_FIRST)
                    .limit(candidates.limit())
                    .toList());
        }
        return results;
    }
}
