package org.openluna.matcher.rows;

import java.util.List;

/**
 * What one search scans: row ranges taken from one or more stores when the search began.
 *
 * @param mayRepeatFaces true when the ranges come from several stores, where a face that is in
 *     several lists has one row in each; a search then reports each face once
 */
public record CandidateRows(List<RowRange> ranges, boolean mayRepeatFaces) {
    public static final CandidateRows NONE = new CandidateRows(List.of(), false);

    public CandidateRows {
        ranges = List.copyOf(ranges);
    }

    public long rowCount() {
        long rows = 0;
        for (RowRange range : ranges) {
            rows += range.rows();
        }
        return rows;
    }
}
