package org.openluna.matcher.rows;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A block of face rows: each face's descriptor as one {@value #ROW_BYTES}-byte row, all rows in one
 * array, with the face id, squared norm and component sum of each row in parallel primitive arrays
 * (no object per face), and the moment each row was removed. A row costs {@value #BYTES_PER_ROW} bytes.
 *
 * <p>One writer at a time (the owning {@link RowStore}'s) appends and removes; any number of searches
 * read without locks. Rows below {@link #size()} never change once published: the only later write
 * to a row is its removal, a sequence number of its account (see {@code accounts.AccountFaces}), so a
 * search reads rows in place and leaves out those removed at or before the sequence it started at.
 *
 * <p>Row bytes are stored in offset binary: {@code component + 128}, 0..255. The CPU kernel can then
 * widen them to 16 bits by zero extension and keep every product unsigned, which lets it sum
 * products in 32 bits with two cheap operations instead of sign-extending conversions; the component
 * sum kept for each row undoes the offset exactly (see {@code search.Int8Kernel}).
 */
public final class RowSegment {
    public static final int ROW_BYTES = Descriptor.DIMENSIONS;
    /** Row bytes, two id longs, squared norm, component sum and the removal sequence. */
    public static final int BYTES_PER_ROW = ROW_BYTES + 3 * Long.BYTES + 2 * Integer.BYTES;
    /** The removal sequence of a row still live. */
    private static final long LIVE = 0;

    private static final VarHandle REMOVALS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int OFFSET = 128;

    private final byte[] offsetRows;
    private final long[] idHigh;
    private final long[] idLow;
    private final int[] squaredNorms;
    private final int[] componentSums;
    private final long[] removedAt;
    private final RowMirror mirror;
    private final Object mirrorHandle;
    private volatile int size;
    private int removedRows;

    /** A segment whose changes the mirror is told of; the mirror may refuse it ({@link RowMirror.NoRoom}). */
    RowSegment(int capacity, RowMirror mirror) {
        offsetRows = new byte[Math.multiplyExact(capacity, ROW_BYTES)];
        idHigh = new long[capacity];
        idLow = new long[capacity];
        squaredNorms = new int[capacity];
        componentSums = new int[capacity];
        removedAt = new long[capacity];
        this.mirror = mirror;
        // last: the mirror sees a segment whose arrays are all there
        this.mirrorHandle = mirror.hold(this);
    }

    public int capacity() { return idHigh.length; }

    /** Rows published to searches; read it once per search and scan below it. */
    public int size() { return size; }

    boolean isFull() { return size == capacity(); }

    int removedRows() { return removedRows; }

    int liveRows() { return size - removedRows; }

    /** Writes the row past the published ones, then publishes it; writer only. */
    int append(long high, long low, byte[] int8) {
        int row = size;
        int base = row * ROW_BYTES;
        int squaredNorm = 0;
        int sum = 0;
        for (int i = 0; i < ROW_BYTES; i++) {
            byte component = int8[i];
            offsetRows[base + i] = (byte) (component + OFFSET);
            squaredNorm += component * component;
            sum += component;
        }
        idHigh[row] = high;
        idLow[row] = low;
        squaredNorms[row] = squaredNorm;
        componentSums[row] = sum;
        size = row + 1; // volatile: everything above is visible to a search that reads this size
        mirror.appended(this, row);
        return row;
    }

    /** Copies a live row of another segment, keeping its precomputed values; writer only. */
    int appendCopyOf(RowSegment source, int sourceRow) {
        int row = size;
        System.arraycopy(source.offsetRows, sourceRow * ROW_BYTES, offsetRows, row * ROW_BYTES, ROW_BYTES);
        idHigh[row] = source.idHigh[sourceRow];
        idLow[row] = source.idLow[sourceRow];
        squaredNorms[row] = source.squaredNorms[sourceRow];
        componentSums[row] = source.componentSums[sourceRow];
        size = row + 1;
        mirror.appended(this, row);
        return row;
    }

    /**
     * Marks a live row removed at {@code sequence} (positive, and drawn after any row that replaces it
     * was published); writer only. A volatile write, so every search that reads a later sequence sees it.
     */
    void remove(int row, long sequence) {
        if (sequence <= LIVE) {
            throw new IllegalArgumentException("removal sequences start at 1, not " + sequence);
        }
        REMOVALS.setVolatile(removedAt, row, sequence);
        removedRows++;
        mirror.removed(this, row, sequence);
    }

    /** Whether the row was removed at or before {@code sequence}: a search that began there leaves it out. */
    public boolean isRemovedBy(int row, long sequence) {
        long removal = (long) REMOVALS.getVolatile(removedAt, row);
        return removal != LIVE && removal <= sequence;
    }

    /** Whether the row was removed at all; writer only. */
    boolean isRemoved(int row) {
        return removedAt[row] != LIVE;
    }

    /**
     * The rows themselves, not a copy: {@code component + 128} for each byte, row {@code r} at
     * {@code r * ROW_BYTES}. A backend reads them in place and never writes.
     */
    public byte[] offsetRows() { return offsetRows; }

    public int squaredNorm(int row) { return squaredNorms[row]; }

    public int componentSum(int row) { return componentSums[row]; }

    public long faceIdHigh(int row) { return idHigh[row]; }

    public long faceIdLow(int row) { return idLow[row]; }

    public UUID faceId(int row) { return new UUID(idHigh[row], idLow[row]); }

    /** The row's descriptor bytes as the platform stores them (signed components). */
    public byte[] int8(int row) {
        var int8 = new byte[ROW_BYTES];
        int base = row * ROW_BYTES;
        for (int i = 0; i < ROW_BYTES; i++) {
            int8[i] = (byte) (offsetRows[base + i] - OFFSET);
        }
        return int8;
    }

    /** What the mirror keeps for this segment (see {@link RowMirror#hold}); null for a segment copied nowhere. */
    public Object mirrorHandle() { return mirrorHandle; }

    /** Bytes held by the arrays, whatever their fill. */
    long allocatedBytes() {
        long capacity = capacity();
        return capacity * BYTES_PER_ROW;
    }
}
