package org.openluna.matcher.rows;

/**
 * A copy of the rows kept elsewhere, such as a GPU's memory, told of every change as the writer makes
 * it: a segment created, a row published, a row removed. Calls come from the store's writer (one at a
 * time per account, several accounts at once) in the order the writer makes the changes, each after
 * the change is visible to searches on the host; a mirror that applies them in that order, and applies
 * every change told before a search began before it runs the search, keeps ADR 0008's promise: a
 * search never sees a row removed before it began.
 *
 * <p>A mirror learns that a segment is gone when the segment can no longer be reached (searches that
 * took it hold it until they end), so it needs no call for that.
 */
public interface RowMirror {
    /** No copy: the host rows are all there is. */
    RowMirror NONE = new RowMirror() {
        @Override
        public Object hold(RowSegment segment) { return null; }

        @Override
        public void appended(RowSegment segment, int row) {}

        @Override
        public void removed(RowSegment segment, int row, long sequence) {}
    };

    /**
     * Makes room for a new segment of {@code segment.capacity()} rows and returns what the segment keeps
     * for the mirror ({@link RowSegment#mirrorHandle()}); null when this mirror keeps no copy of it.
     *
     * @throws NoRoom when the copy cannot hold it: the store then does without the segment (an append
     *     fails with this error, a rewrite is put off)
     */
    Object hold(RowSegment segment);

    /** Row {@code row} of the segment was published (a new face, or a row copied by a rewrite). */
    void appended(RowSegment segment, int row);

    /** Row {@code row} of the segment was removed at {@code sequence}. */
    void removed(RowSegment segment, int row, long sequence);

    /** The copy is full: nothing more can be held until rows are freed. The message says how full and what to do. */
    final class NoRoom extends IllegalStateException {
        public NoRoom(String message) {
            super(message);
        }
    }
}
