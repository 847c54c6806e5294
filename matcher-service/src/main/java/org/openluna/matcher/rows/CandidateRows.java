package org.openluna.matcher.rows;

import java.util.List;

/**
 * What one search scans: row ranges taken from one or more stores when the search began.
 *
 * @param mayRepeatFaces true when the ranges come from several stores, where a face in several lists
 *     has a row in each and a face being moved may briefly have two; a search then reports each face once
 * @param removedUpTo the account's removal sequence when the search began: rows removed at or before
 *     it are left out, rows removed later are still candidates (they were there when the search began)
 */
public record CandidateRows(List<RowRange> ranges, boolean mayRepeatFaces, long removedUpTo) {
    public static final CandidateRows NONE = new CandidateRows(List.of(), false, 0);

    public CandidateRows {
        ranges = List.copyOf(ranges);
    }

    /** The published rows of one store with nothing removed yet, as tests and tools build them. */
    public static CandidateRows of(RowStore store) {
        return new CandidateRows(store.snapshot(), false, Long.MAX_VALUE);
    }

    public long rowCount() {
        long rows = 0;
        for (RowRange range : ranges) {
            rows += range.rows();
        }
        return rows;
    }
}
