package org.openluna.matcher.search;

import java.util.List;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Queries searched together over the same candidates, each for its best {@code limit} faces whose
 * similarity is at least {@code threshold} (0 keeps every face: similarities are never negative).
 */
public record SearchRequest(List<Descriptor> queries, int limit, double threshold) {
    public SearchRequest {
        queries = List.copyOf(queries);
        if (limit < 1) {
            throw new IllegalArgumentException("a search returns at least one face, not " + limit);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a similarity threshold lies in [0, 1], not " + threshold);
        }
    }
}
