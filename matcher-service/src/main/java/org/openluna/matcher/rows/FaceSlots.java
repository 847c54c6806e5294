package org.openluna.matcher.rows;

import java.util.Arrays;

/**
 * Where each face of a store lives: face id to row reference, in one open-addressing {@code int}
 * table (linear probing, deletion by backward shift, so no tombstones pile up). The ids themselves
 * are not copied here: a probe reads them from the rows through {@link Ids}, which keeps the table
 * at 4 bytes a slot (6 to 11 bytes a face at the load factors used).
 *
 * <p>Writer only: searches never use it.
 */
final class FaceSlots {
    /** Reads the face id of a row reference. */
    interface Ids {
        long high(int ref);

        long low(int ref);
    }

    private static final int EMPTY = 0;
    private static final int FIRST_BITS = 4;
    private static final double MAX_LOAD = 0.7;

    private final Ids ids;
    private int[] table; // ref + 1, so that 0 marks an empty slot
    private int bits;
    private int size;

    FaceSlots(Ids ids) {
        this.ids = ids;
        this.bits = FIRST_BITS;
        this.table = new int[1 << bits];
    }

    int size() { return size; }

    /** The row reference of a face, or -1. */
    int find(long high, long low) {
        int position = positionOf(high, low);
        return position < 0 ? -1 : table[position] - 1;
    }

    /** The table position of a face, stable until the next put or remove, or -1. */
    int positionOf(long high, long low) {
        int mask = table.length - 1;
        for (int i = home(high, low); ; i = (i + 1) & mask) {
            int entry = table[i];
            if (entry == EMPTY) {
                return -1;
            }
            if (ids.high(entry - 1) == high && ids.low(entry - 1) == low) {
                return i;
            }
        }
    }

    /** The row reference at a position found by {@link #positionOf}. */
    int refAt(int position) {
        return table[position] - 1;
    }

    /** Points a face found at {@code position} to its row's new place (the face id is unchanged). */
    void setAt(int position, int ref) {
        table[position] = ref + 1;
    }

    /** Adds a face that is not in the table; the row at {@code ref} must already hold its id. */
    void put(long high, long low, int ref) {
        if (size + 1 > MAX_LOAD * table.length) {
            grow();
        }
        insert(high, low, ref);
        size++;
    }

    /** Removes a face; returns its row reference, or -1 if it was not here. */
    int remove(long high, long low) {
        int hole = positionOf(high, low);
        if (hole < 0) {
            return -1;
        }
        int ref = table[hole] - 1;
        int mask = table.length - 1;
        // backward shift: pull later entries of the probe run into the hole when their home allows it
        for (int i = (hole + 1) & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            int entryRef = table[i] - 1;
            int home = home(ids.high(entryRef), ids.low(entryRef));
            boolean homeIsOutsideHoleToHere = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (homeIsOutsideHoleToHere) {
                table[hole] = table[i];
                hole = i;
            }
        }
        table[hole] = EMPTY;
        size--;
        return ref;
    }

    /** Empties the table, keeping its capacity; the caller puts every face again. */
    void clear() {
        Arrays.fill(table, EMPTY);
        size = 0;
    }

    long allocatedBytes() { return (long) table.length * Integer.BYTES; }

    private void insert(long high, long low, int ref) {
        int mask = table.length - 1;
        int i = home(high, low);
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = ref + 1;
    }

    private void grow() {
        int[] old = table;
        bits++;
        table = new int[1 << bits];
        for (int entry : old) {
            if (entry != EMPTY) {
                insert(ids.high(entry - 1), ids.low(entry - 1), entry - 1);
            }
        }
    }

    private int home(long high, long low) {
        // Fibonacci hashing of both halves: face ids are random UUIDs, but ids from elsewhere may not be
        long mixed = (high * 0x9E3779B97F4A7C15L) ^ low;
        return (int) ((mixed * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }
}
