package org.openluna.matcher.cuda;

import java.util.BitSet;

/**
 * Which rows of the GPU's row pool each segment holds: a buddy allocator over blocks of 64 to 1,024
 * rows, the sizes of the host's segments ({@code rows.RowStore}: 64 rows first, doubling up to 1,023;
 * rewrites shrink to fit). A block is the smallest power of two of at least 64 rows that holds the
 * segment; a freed block joins its free buddy, so freed small blocks come back as large ones.
 *
 * <p>Not thread-safe: {@link DeviceRows} calls it under its own lock.
 */
final class BlockAllocator {
    static final int MIN_BLOCK_ROWS = 64;
    static final int MAX_BLOCK_ROWS = 1_024;
    private static final int ORDERS = Integer.numberOfTrailingZeros(MAX_BLOCK_ROWS / MIN_BLOCK_ROWS) + 1;

    private final long capacityRows;
    /** free[order] has bit i set when the block of order {@code order} starting at row i * blockRows(order) is free */
    private final BitSet[] free = new BitSet[ORDERS];
    /** The first row never handed out: whole blocks above it are taken from there before any is split. */
    private long untouched;
    private long rowsHeld;

    /** A pool of {@code capacityRows} rows, a multiple of {@value #MAX_BLOCK_ROWS}. */
    BlockAllocator(long capacityRows) {
        if (capacityRows < 0 || capacityRows % MAX_BLOCK_ROWS != 0 || capacityRows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a row pool holds a multiple of " + MAX_BLOCK_ROWS + " rows below 2^31, not " + capacityRows);
        }
        this.capacityRows = capacityRows;
        for (int order = 0; order < ORDERS; order++) {
            free[order] = new BitSet();
        }
    }

    /** The rows of the block that holds a segment of {@code rows} rows. */
    static int blockRows(int rows) {
        if (rows < 0 || rows > MAX_BLOCK_ROWS) {
            throw new IllegalArgumentException("a segment of " + rows + " rows does not fit a block of at most " + MAX_BLOCK_ROWS);
        }
        return Math.max(MIN_BLOCK_ROWS, Integer.highestOneBit(Math.max(1, rows) * 2 - 1));
    }

    /** The first row of a free block for a segment of {@code rows} rows, now held; -1 when none is free. */
    int allocate(int rows) {
        int order = orderOf(blockRows(rows));
        int from = order;
        while (from < ORDERS && free[from].isEmpty()) {
            from++;
        }
        int first;
        if (from < ORDERS) {
            int index = free[from].nextSetBit(0);
            free[from].clear(index);
            first = index * orderRows(from);
        } else if (untouched + MAX_BLOCK_ROWS <= capacityRows) {
            from = ORDERS - 1;
            first = (int) untouched;
            untouched += MAX_BLOCK_ROWS;
        } else {
            return -1;
        }
        // split down to the size asked for: the upper halves stay free
        while (from > order) {
            from--;
            int upper = first + orderRows(from);
            free[from].set(upper / orderRows(from));
        }
        rowsHeld += orderRows(order);
        return first;
    }

    /** Frees the block of a segment of {@code rows} rows that {@link #allocate} returned at {@code first}. */
    void free(int first, int rows) {
        int order = orderOf(blockRows(rows));
        if (first % orderRows(order) != 0 || first + orderRows(order) > untouched) {
            throw new IllegalArgumentException("no block of " + orderRows(order) + " rows starts at row " + first);
        }
        rowsHeld -= orderRows(order);
        while (order < ORDERS - 1) {
            int size = orderRows(order);
            int buddy = first ^ size;
            if (!free[order].get(buddy / size)) {
                break;
            }
            free[order].clear(buddy / size);
            first = Math.min(first, buddy);
            order++;
        }
        free[order].set(first / orderRows(order));
    }

    long capacityRows() { return capacityRows; }

    /** Rows in blocks handed out, a block counted whole. */
    long rowsHeld() { return rowsHeld; }

    private static int orderOf(int blockRows) {
        return Integer.numberOfTrailingZeros(blockRows / MIN_BLOCK_ROWS);
    }

    private static int orderRows(int order) {
        return MIN_BLOCK_ROWS << order;
    }
}
