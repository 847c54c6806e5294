package org.openluna.matcher.search;

import java.util.ArrayList;
import java.util.List;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowSegment;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.Similarity;

/**
 * The plain reference: one thread, one row at a time, the platform's own {@link Similarity#of} on
 * the stored bytes. Slow, obviously right, and needs no incubator module; the other backends must
 * return exactly what it returns.
 */
public final class ScalarBackend implements Backend {
    @Override
    public List<List<Match>> search(CandidateRows candidates, SearchRequest request) {
        long rows = candidates.rowCount();
        var results = new ArrayList<List<Match>>(request.queries().size());
        for (Descriptor query : request.queries()) {
            byte[] queryBytes = query.int8();
            TopMatches top = TopMatches.perQuery(1, rows, request, candidates.mayRepeatFaces())[0];
            for (RowRange range : candidates.ranges()) {
                RowSegment segment = range.segment();
                for (int row = 0; row < range.rows(); row++) {
                    if (!segment.isRemovedBy(row, candidates.removedUpTo())) {
                        double similarity = Similarity.of(queryBytes, segment.int8(row));
                        top.offer(similarity, segment.faceIdHigh(row), segment.faceIdLow(row));
                    }
                }
            }
            results.add(top.bestFirst());
        }
        return results;
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void close() {}
}
