package org.openluna.matcher.cuda;

import java.util.Locale;

/**
 * How many rows the GPU can hold, from its free memory ({@code cuMemGetInfo}) when the backend opens.
 * Everything the backend keeps on the GPU is counted before it is taken: the row pool
 * ({@value #BYTES_PER_ROW} bytes a row), the searches' scratch memory and the staging of removals, with
 * {@value #RESERVE_MIB} MiB left for the driver, the kernels' module and launches. Asking for more
 * rows than fit is refused here, when the service starts, not by a failed allocation later.
 *
 * @param freeBytes the GPU's free memory
 * @param totalBytes the GPU's memory
 */
record DeviceMemoryBudget(long freeBytes, long totalBytes) {
    /** 512 row bytes, the squared norm (4), the face id (16) and the removal sequence (8). */
    static final long BYTES_PER_ROW = 512 + 4 + 16 + 8;
    static final long RESERVE_MIB = 768;
    static final long RESERVE_BYTES = RESERVE_MIB << 20;

    /** Bytes the backend takes besides the pool: search scratch, removal staging. */
    static long fixedBytes() {
        return SearchPlan.SCRATCH_BYTES + DeviceRows.REMOVAL_BATCH * (4L + 8L);
    }

    /** The most rows that fit, a multiple of the largest block ({@value BlockAllocator#MAX_BLOCK_ROWS} rows). */
    long maxRows() {
        long room = freeBytes - RESERVE_BYTES - fixedBytes();
        long rows = Math.max(0, room / BYTES_PER_ROW);
        rows = Math.min(rows, Integer.MAX_VALUE);
        return rows / BlockAllocator.MAX_BLOCK_ROWS * BlockAllocator.MAX_BLOCK_ROWS;
    }

    /**
     * The pool's rows for a request of {@code requestedRows} (0: as many as fit), rounded up to whole
     * blocks.
     *
     * @throws IllegalStateException when they do not fit, saying how many would
     */
    long poolRows(long requestedRows) {
        if (requestedRows < 0) {
            throw new IllegalArgumentException("a pool of " + requestedRows + " rows");
        }
        long max = maxRows();
        long rows = requestedRows == 0 ? max
                : (requestedRows + BlockAllocator.MAX_BLOCK_ROWS - 1) / BlockAllocator.MAX_BLOCK_ROWS * BlockAllocator.MAX_BLOCK_ROWS;
        if (rows > max || rows == 0) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the GPU cannot hold %,d rows: they take %s (%d bytes a row) besides %s for searches and %s kept free, and the GPU has %s free of %s;"
                            + " at most %,d rows fit (--gpu-rows)",
                    rows == 0 ? requestedRows : rows, gib(rows * BYTES_PER_ROW), BYTES_PER_ROW, gib(fixedBytes()), gib(RESERVE_BYTES),
                    gib(freeBytes), gib(totalBytes), max));
        }
        return rows;
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }
}
