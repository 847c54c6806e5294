package org.openluna.matcher.cuda;

import java.util.Arrays;

/**
 * How one search runs on the GPU, worked out on the host: which scan kernel (queries per block), how
 * the candidate ranges are cut into chunks (one block per chunk and group of queries), the shared
 * memory of each kernel and where each buffer lies in the search scratch memory. The kernels in
 * {@code search.cu} lay out their shared memory the same way (see {@link KernelSource#options}).
 *
 * <p>Scratch memory, from offset 0, each part aligned to 256 bytes: the inputs copied from the host in
 * one piece (queries, their norms, removal sequences and thresholds, the ranges, the chunk starts),
 * then the chunks' lists (Entry: 16 bytes) and their counts, a second, smaller set for the merge, and
 * last the outputs copied back in one piece (Found: 24 bytes a row, and a count per query).
 */
record SearchPlan(int queries, int k, int queriesPerBlock, int chunks, int scanSlots, int mergeSlots) {
    static final int TILE_ROWS = 64;
    static final int THREADS = 256;
    static final int MERGE_GROUP = 32;
    /** The most rows per query a search keeps on the GPU; a larger limit is searched on the CPU. */
    static final int MAX_K = 1_024;
    /** The most queries searched in one pass: the matcher service's own bound on a request. */
    static final int MAX_QUERIES = 1_024;
    /** Scratch memory of the searches, taken once when the backend opens. */
    static final long SCRATCH_BYTES = 512L << 20;
    static final int ROW_BYTES = 512;
    static final int ENTRY_BYTES = 16;
    static final int FOUND_BYTES = 24;
    /** Blocks resident per multiprocessor are bounded by its 2,048 threads too. */
    private static final int MAX_BLOCKS_PER_MULTIPROCESSOR = 2_048 / THREADS;
    /** The driver keeps 1 KB of shared memory per block for itself. */
    private static final int SHARED_RESERVED_PER_BLOCK = 1_024;
    /** Enough blocks for two waves over the GPU, so that a slow chunk does not leave it idle at the end. */
    private static final int WAVES = 2;
    private static final int ALIGN = 256;

    SearchPlan {
        if (queries < 1 || queries > MAX_QUERIES || k < 1 || k > MAX_K || chunks < 1) {
            throw new IllegalArgumentException("no search plan for " + queries + " queries, k = " + k + ", " + chunks + " chunks");
        }
    }

    /**
     * The plan for {@code queries} queries keeping {@code k} rows each over {@code rows} rows in
     * {@code ranges} ranges, on this GPU.
     */
    static SearchPlan of(int queries, int k, int ranges, long rows, DeviceFacts gpu) {
        int queriesPerBlock = queries == 1 ? 1 : queries <= 4 ? 4 : 16;
        int scanSlots = slotsFor(k, TILE_ROWS);
        while (scanSharedBytes(queriesPerBlock, scanSlots) > gpu.sharedBytesPerBlock() && queriesPerBlock > 1) {
            queriesPerBlock /= 4;
        }
        if (scanSharedBytes(queriesPerBlock, scanSlots) > gpu.sharedBytesPerBlock()) {
            throw new IllegalStateException("a scan keeping " + k + " rows needs " + scanSharedBytes(queriesPerBlock, scanSlots)
                    + " bytes of shared memory; " + gpu.name() + " gives a block " + gpu.sharedBytesPerBlock());
        }
        int groups = ceilDiv(queries, queriesPerBlock);
        int perMultiprocessor = Math.clamp(gpu.sharedBytesPerMultiprocessor() / (scanSharedBytes(queriesPerBlock, scanSlots) + SHARED_RESERVED_PER_BLOCK),
                1, MAX_BLOCKS_PER_MULTIPROCESSOR);
        long wanted = ceilDiv((long) gpu.multiprocessors() * perMultiprocessor * WAVES, groups);
        long most = Math.max(1, Math.min(ranges, ceilDiv(rows, TILE_ROWS)));
        int chunks = (int) Math.clamp(wanted, 1, most);
        var plan = new SearchPlan(queries, k, queriesPerBlock, chunks, scanSlots, slotsFor(k, THREADS));
        while (plan.scratchBytes(ranges) > SCRATCH_BYTES && plan.chunks > 1) {
            plan = new SearchPlan(queries, k, queriesPerBlock, ceilDiv(plan.chunks, 2), scanSlots, plan.mergeSlots);
        }
        if (plan.scratchBytes(ranges) > SCRATCH_BYTES) {
            throw new IllegalStateException("a search of " + queries + " queries over " + ranges + " ranges needs "
                    + plan.scratchBytes(ranges) + " bytes of scratch memory, more than the " + SCRATCH_BYTES + " kept for searches");
        }
        return plan;
    }

    /** Slots of a buffer that keeps k rows and takes {@code arriving} more between two cuts: a power of two, for the sort. */
    static int slotsFor(int k, int arriving) {
        return Integer.highestOneBit((k + arriving) * 2 - 1);
    }

    /** Shared memory of a scan block, as {@code search.cu} lays it out. */
    static int scanSharedBytes(int queriesPerBlock, int slots) {
        int parts = queriesPerBlock == 1 ? 4 : 1;
        return TILE_ROWS * 33 * 16        // the tile, rows padded to 528 bytes
                + queriesPerBlock * ROW_BYTES
                + parts * TILE_ROWS * queriesPerBlock * 4
                + TILE_ROWS * (8 + 4 + 4)  // removal sequences, norms, pool rows
                + queriesPerBlock * 32     // bar, threshold, removal sequence, count and norm of each query
                + queriesPerBlock * slots * ENTRY_BYTES;
    }

    int scanSharedBytes() {
        return scanSharedBytes(queriesPerBlock, scanSlots);
    }

    /** Shared memory of a merge block: its buffer, then bar, threshold and count. */
    int mergeSharedBytes() {
        return mergeSlots * ENTRY_BYTES + 24;
    }

    int queryGroups() {
        return ceilDiv(queries, queriesPerBlock);
    }

    /** The lists left after one merge step of {@code lists}. */
    static int mergedLists(int lists) {
        return ceilDiv(lists, MERGE_GROUP);
    }

    // scratch layout

    long queriesOffset() { return 0; }

    long queryNormsOffset() { return align(queriesOffset() + (long) queries * ROW_BYTES); }

    long removedUpToOffset() { return align(queryNormsOffset() + queries * 4L); }

    long thresholdsOffset() { return align(removedUpToOffset() + queries * 8L); }

    long rangesOffset() { return align(thresholdsOffset() + queries * 8L); }

    long chunkStartsOffset(int ranges) { return align(rangesOffset() + ranges * 8L); }

    /** Bytes of the inputs, copied from the host in one piece. */
    long inputBytes(int ranges) { return chunkStartsOffset(ranges) + (chunks + 1) * 4L; }

    long listsOffset(int ranges) { return align(inputBytes(ranges)); }

    long listCountsOffset(int ranges) { return align(listsOffset(ranges) + (long) queries * chunks * k * ENTRY_BYTES); }

    long mergedListsOffset(int ranges) { return align(listCountsOffset(ranges) + (long) queries * chunks * 4); }

    long mergedCountsOffset(int ranges) {
        return align(mergedListsOffset(ranges) + (long) queries * mergedLists(chunks) * k * ENTRY_BYTES);
    }

    long foundOffset(int ranges) { return align(mergedCountsOffset(ranges) + (long) queries * mergedLists(chunks) * 4); }

    long foundCountsOffset(int ranges) { return foundOffset(ranges) + (long) queries * k * FOUND_BYTES; }

    /** Bytes of the outputs, copied back in one piece from {@link #foundOffset}. */
    long outputBytes() { return (long) queries * k * FOUND_BYTES + queries * 4L; }

    long scratchBytes(int ranges) { return foundOffset(ranges) + outputBytes(); }

    /**
     * Cuts ranges of the given sizes into at most {@code chunks} runs of neighbouring ranges of about
     * equal rows; returns the index of each run's first range, then the number of ranges.
     */
    static int[] chunkStarts(int[] rangeRows, int chunks) {
        long total = 0;
        for (int rows : rangeRows) {
            total += rows;
        }
        long perChunk = Math.max(1, ceilDiv(total, chunks));
        var starts = new int[Math.min(chunks, Math.max(1, rangeRows.length)) + 1];
        int count = 0;
        long inChunk = 0;
        for (int r = 0; r < rangeRows.length; r++) {
            if (inChunk == 0) {
                starts[count++] = r;
            }
            inChunk += rangeRows[r];
            if (inChunk >= perChunk) {
                inChunk = 0;
            }
        }
        if (count == 0) {
            starts[count++] = 0;
        }
        starts[count] = rangeRows.length;
        return Arrays.copyOf(starts, count + 1);
    }

    private static long align(long offset) {
        return (offset + ALIGN - 1) / ALIGN * ALIGN;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
