package org.openluna.matcher.search;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** A face found by a search and its similarity to the query (see {@code shared.descriptors.Similarity}). */
public record Match(UUID faceId, double similarity) {
    /**
     * Higher similarity first; equal similarities (every negative cosine is clamped to 0) by face id
     * as the API writes it, so that the order never depends on where rows happen to lie in memory.
     */
    public static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::similarity).reversed()
            .thenComparing(Match::faceId, (a, b) -> compareFaceIds(
                    a.getMostSignificantBits(), a.getLeastSignificantBits(),
                    b.getMostSignificantBits(), b.getLeastSignificantBits()));

    public Match {
        Objects.requireNonNull(faceId, "face id");
    }

    /** Face ids in the order of their lower-case text form, i.e. as unsigned 128-bit numbers. */
    static int compareFaceIds(long highA, long lowA, long highB, long lowB) {
        int byHigh = Long.compareUnsigned(highA, highB);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(lowA, lowB);
    }
}
