package org.openluna.matcher.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The rows of one set of faces (an account's faces that are in no list, or the faces of one list),
 * contiguous in a chain of {@link RowSegment}s: new faces go to the tail segment, a removed face is
 * marked in its segment with the sequence number of its removal, and a segment with many removed
 * rows is rewritten without them.
 *
 * <p>Concurrency: one writer at a time (the caller serialises writers, see
 * {@code accounts.AccountFaces}); searches call {@link #snapshot()} without locking. A rewrite never
 * touches a segment that a search may be reading: it builds a new segment and publishes a new
 * segment array under the account's {@link LayoutVersion}, and searches that took the old array
 * finish on the old segments, whose rows and removal marks stay valid.
 */
public final class RowStore {
    /** Segments start small so that a list of a few faces costs a few kilobytes. */
    static final int FIRST_SEGMENT_ROWS = 64;
    static final int SEGMENT_ROW_BITS = 10;
    /**
     * 1,023 rows, just under 512 KB: G1 stores any object of half a region or more as "humongous",
     * in whole regions of its own, and its smallest regions are 1 MB; a row array one byte over the
     * limit would waste up to half of every segment (measured: 2 MB arrays on 2 MB regions doubled
     * the heap per face). Small segments also keep rewrites cheap and the tail's slack small.
     */
    static final int MAX_SEGMENT_ROWS = (1 << SEGMENT_ROW_BITS) - 1;
    /** A segment is rewritten once this share of its rows is removed, so removed rows never cost more than a third extra. */
    private static final int REWRITE_WHEN_ONE_IN_REMOVED = 4;

    private final LayoutVersion layout;
    private final RowMirror mirror;
    private volatile RowSegment[] segments = new RowSegment[0];
    private final FaceSlots slots = new FaceSlots(new FaceSlots.Ids() {
        @Override
        public long high(int ref) { return segments[segmentOf(ref)].faceIdHigh(rowOf(ref)); }

        @Override
        public long low(int ref) { return segments[segmentOf(ref)].faceIdLow(rowOf(ref)); }
    });

    /** A store of its own, as in tests; an account's stores share the account's layout version. */
    public RowStore() {
        this(new LayoutVersion());
    }

    public RowStore(LayoutVersion layout) {
        this(layout, RowMirror.NONE);
    }

    /** A store whose segments the mirror copies (a GPU backend's); see {@link RowMirror}. */
    public RowStore(LayoutVersion layout, RowMirror mirror) {
        this.layout = layout;
        this.mirror = mirror;
    }

    public int size() { return slots.size(); }

    public boolean contains(UUID face) {
        return slots.find(face.getMostSignificantBits(), face.getLeastSignificantBits()) >= 0;
    }

    /** The stored descriptor bytes of a face. */
    public Optional<byte[]> int8Of(UUID face) {
        int ref = slots.find(face.getMostSignificantBits(), face.getLeastSignificantBits());
        return ref < 0 ? Optional.empty() : Optional.of(segments[segmentOf(ref)].int8(rowOf(ref)));
    }

    /** The faces held now, in row order. */
    public List<UUID> faceIds() {
        var faces = new ArrayList<UUID>(size());
        for (RowSegment segment : segments) {
            for (int row = 0; row < segment.size(); row++) {
                if (!segment.isRemoved(row)) {
                    faces.add(segment.faceId(row));
                }
            }
        }
        return faces;
    }

    /** Adds a face that is not in this store. */
    public void append(UUID face, byte[] int8) {
        long high = face.getMostSignificantBits();
        long low = face.getLeastSignificantBits();
        if (slots.find(high, low) >= 0) {
            throw new IllegalStateException("face " + face + " is already in this store");
        }
        slots.put(high, low, appendRow(high, low, int8));
    }

    /**
     * Gives a face of this store a new descriptor: the new row is published first, and only then is
     * the old one removed, at a sequence drawn from {@code nextSequence} at that moment, so that every
     * search finds at least one of the two.
     */
    public void replace(UUID face, byte[] int8, LongSupplier nextSequence) {
        long high = face.getMostSignificantBits();
        long low = face.getLeastSignificantBits();
        int position = slots.positionOf(high, low);
        if (position < 0) {
            throw new IllegalStateException("face " + face + " is not in this store");
        }
        int oldRef = slots.refAt(position);
        slots.setAt(position, appendRow(high, low, int8));
        removeRow(oldRef, nextSequence.getAsLong());
    }

    /** Removes a face at {@code sequence} (see {@link RowSegment#remove}); false if it was not here. */
    public boolean remove(UUID face, long sequence) {
        int ref = slots.remove(face.getMostSignificantBits(), face.getLeastSignificantBits());
        if (ref < 0) {
            return false;
        }
        removeRow(ref, sequence);
        return true;
    }

    /** Removes every face at {@code sequence}, as when the store's list is deleted. */
    public void removeAll(long sequence) {
        for (RowSegment segment : segments) {
            for (int row = 0; row < segment.size(); row++) {
                if (!segment.isRemoved(row)) {
                    segment.remove(row, sequence);
                }
            }
        }
        slots.clear();
    }

    /** The rows published now, segment by segment; a search scans exactly these. */
    public List<RowRange> snapshot() {
        RowSegment[] current = segments;
        var ranges = new ArrayList<RowRange>(current.length);
        for (RowSegment segment : current) {
            int rows = segment.size();
            if (rows > 0) {
                ranges.add(new RowRange(segment, rows));
            }
        }
        return ranges;
    }

    /** Bytes held by this store's arrays: rows, ids, per-row values, deletion bits and the id table. */
    public long allocatedBytes() {
        long bytes = slots.allocatedBytes();
        for (RowSegment segment : segments) {
            bytes += segment.allocatedBytes();
        }
        return bytes;
    }

    int segmentCount() { return segments.length; }

    private int appendRow(long high, long low, byte[] int8) {
        if (int8.length != RowSegment.ROW_BYTES) {
            throw new IllegalArgumentException("a row holds " + RowSegment.ROW_BYTES + " bytes, not " + int8.length);
        }
        int tail = tailWithRoom();
        return refOf(tail, segments[tail].append(high, low, int8));
    }

    private void removeRow(int ref, long sequence) {
        int index = segmentOf(ref);
        RowSegment segment = segments[index];
        segment.remove(rowOf(ref), sequence);
        if (segment.removedRows() * REWRITE_WHEN_ONE_IN_REMOVED >= segment.size()) {
            rewrite(index);
        }
    }

    private int tailWithRoom() {
        RowSegment[] current = segments;
        if (current.length > 0 && !current[current.length - 1].isFull()) {
            return current.length - 1;
        }
        int capacity = current.length == 0
                ? FIRST_SEGMENT_ROWS
                : Math.min(MAX_SEGMENT_ROWS, Math.max(FIRST_SEGMENT_ROWS, 2 * current[current.length - 1].capacity()));
        var grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = new RowSegment(capacity, mirror);
        segments = grown;
        return current.length;
    }

    /**
     * Replaces segment {@code index} by a copy of its live rows. The tail keeps its capacity so that
     * appends continue in it; an older segment shrinks to fit, and once most older segments are small
     * they are packed together.
     */
    private void rewrite(int index) {
        RowSegment[] current = segments;
        RowSegment old = current[index];
        boolean isTail = index == current.length - 1;
        RowSegment fresh;
        try {
            fresh = new RowSegment(isTail ? old.capacity() : old.liveRows(), mirror);
        } catch (RowMirror.NoRoom full) {
            // a rewrite only saves room; a full mirror must not turn a removal into an error
            return;
        }
        int[] positions = new int[old.liveRows()];
        int live = 0;
        for (int row = 0; row < old.size(); row++) {
            if (!old.isRemoved(row)) {
                positions[live++] = slots.positionOf(old.faceIdHigh(row), old.faceIdLow(row));
            }
        }
        live = 0;
        for (int row = 0; row < old.size(); row++) {
            if (!old.isRemoved(row)) {
                slots.setAt(positions[live++], refOf(index, fresh.appendCopyOf(old, row)));
            }
        }
        var replaced = current.clone();
        replaced[index] = fresh;
        layout.change(() -> segments = replaced);
        if (hasManySmallSegments(replaced)) {
            pack(replaced);
        }
    }

    private static boolean hasManySmallSegments(RowSegment[] current) {
        int small = 0;
        for (int i = 0; i < current.length - 1; i++) {
            if (current[i].size() < MAX_SEGMENT_ROWS / 2) {
                small++;
            }
        }
        return small >= 4;
    }

    /**
     * Merges runs of neighbouring small segments (all but the tail) into full ones and renumbers the
     * id table. Only small segments are copied, so the work is bounded by the rows deleted since
     * they were last full.
     */
    private void pack(RowSegment[] current) {
        try {
            packInto(current);
        } catch (RowMirror.NoRoom full) {
            // nothing is published before every packed segment is built: the store stays as it was
        }
    }

    private void packInto(RowSegment[] current) {
        var packed = new ArrayList<RowSegment>();
        int i = 0;
        while (i < current.length - 1) {
            if (current[i].size() >= MAX_SEGMENT_ROWS / 2) {
                packed.add(current[i++]);
                continue;
            }
            int runEnd = i;
            long runLiveRows = 0;
            while (runEnd < current.length - 1 && current[runEnd].size() < MAX_SEGMENT_ROWS / 2) {
                runLiveRows += current[runEnd++].liveRows();
            }
            RowSegment filling = null;
            for (; i < runEnd; i++) {
                RowSegment segment = current[i];
                for (int row = 0; row < segment.size(); row++) {
                    if (segment.isRemoved(row)) {
                        continue;
                    }
                    if (filling == null || filling.isFull()) {
                        filling = new RowSegment((int) Math.min(MAX_SEGMENT_ROWS, runLiveRows), mirror);
                        runLiveRows -= filling.capacity();
                        packed.add(filling);
                    }
                    filling.appendCopyOf(segment, row);
                }
            }
        }
        packed.add(current[current.length - 1]);
        RowSegment[] result = packed.toArray(RowSegment[]::new);
        // the table reads ids through the published array, so publish first, then renumber every face
        layout.change(() -> segments = result);
        slots.clear();
        for (int index = 0; index < result.length; index++) {
            RowSegment segment = result[index];
            for (int row = 0; row < segment.size(); row++) {
                if (!segment.isRemoved(row)) {
                    slots.put(segment.faceIdHigh(row), segment.faceIdLow(row), refOf(index, row));
                }
            }
        }
    }

    private static int refOf(int segment, int row) { return (segment << SEGMENT_ROW_BITS) | row; }

    private static int segmentOf(int ref) { return ref >>> SEGMENT_ROW_BITS; }

    private static int rowOf(int ref) { return ref & ((1 << SEGMENT_ROW_BITS) - 1); }
}
