package org.openluna.matcher.rows;

import java.util.Objects;

/** The first {@code rows} rows of a segment, as published when a search took its snapshot. */
public record RowRange(RowSegment segment, int rows) {
    public RowRange {
        Objects.requireNonNull(segment, "segment");
        if (rows < 0 || rows > segment.size()) {
            throw new IllegalArgumentException("a segment of " + segment.size() + " published rows has no range of " + rows);
        }
    }
}
