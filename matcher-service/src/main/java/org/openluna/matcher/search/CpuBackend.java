package org.openluna.matcher.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowSegment;
import org.openluna.shared.descriptors.Similarity;

/**
 * Exact search on the CPU: every candidate row against every query with {@link Int8Kernel}, spread
 * over a fixed set of worker threads that this backend owns.
 *
 * <p>The candidates are cut into chunks that the workers take in turn, so a slow worker never holds
 * the others up. Inside a chunk, rows are read in blocks small enough to stay in the core's L2 cache
 * while every query of the request passes over them: a batch of queries reads memory once.
 */
public final class CpuBackend implements Backend {
    /**
     * Chunks never cross segments, which hold at most 1,023 rows (512 KB), so by default a chunk is a
     * segment: enough work to be worth taking, and for a million faces a thousand of them to share.
     */
    static final int DEFAULT_CHUNK_ROWS = 1_024;
    /** 64 KB of rows: stays in a core's L2 (512 KB on the Zen 3 this was tuned on) across a batch of queries. */
    static final int BLOCK_ROWS = 128;
    /** Below this many row-query comparisons (about 2 ms of one core) a hand-off to the workers costs more than it saves. */
    static final long DEFAULT_INLINE_COMPARISONS = 1L << 16;

    private final ExecutorService workers;
    private final int threads;
    private final int chunkRows;
    private final long inlineComparisons;

    /** A backend with {@code threads} workers, e.g. {@code Runtime.getRuntime().availableProcessors()}. */
    public CpuBackend(int threads) {
        this(threads, DEFAULT_CHUNK_ROWS, DEFAULT_INLINE_COMPARISONS);
    }

    /**
     * A backend with its work split set by hand: searches of fewer than {@code inlineComparisons}
     * row-query pairs run on the calling thread, larger ones in chunks of {@code chunkRows} rows. Tests
     * shrink both to drive small data through the workers.
     */
    public CpuBackend(int threads, int chunkRows, long inlineComparisons) {
        if (threads < 1 || chunkRows < 1) {
            throw new IllegalArgumentException("a CPU backend needs at least one thread and one row per chunk");
        }
        this.threads = threads;
        this.chunkRows = chunkRows;
        this.inlineComparisons = inlineComparisons;
        var counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "matcher-cpu-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<List<Match>> search(CandidateRows candidates, SearchRequest request) {
        PreparedQuery[] queries = PreparedQuery.all(request.queries());
        long rows = candidates.rowCount();
        List<RowChunk> chunks = RowChunk.split(candidates, chunkRows);
        int parties = rows * queries.length < inlineComparisons ? 1 : Math.min(threads, chunks.size());
        TopMatches[] best;
        if (parties <= 1) {
            best = TopMatches.perQuery(queries.length, rows, request, candidates.mayRepeatFaces());
            for (RowChunk chunk : chunks) {
                scan(chunk, queries, best, candidates.removedUpTo());
            }
        } else {
            best = searchInParallel(parties, chunks, queries, rows, request, candidates);
        }
        var results = new ArrayList<List<Match>>(queries.length);
        for (TopMatches top : best) {
            results.add(top.bestFirst());
        }
        return results;
    }

    private TopMatches[] searchInParallel(int parties, List<RowChunk> chunks, PreparedQuery[] queries, long rows,
                                          SearchRequest request, CandidateRows candidates) {
        boolean mayRepeatFaces = candidates.mayRepeatFaces();
        var next = new AtomicInteger();
        var futures = new ArrayList<Future<TopMatches[]>>(parties);
        for (int party = 0; party < parties; party++) {
            futures.add(workers.submit(() -> {
                TopMatches[] mine = TopMatches.perQuery(queries.length, rows, request, mayRepeatFaces);
                for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
                    scan(chunks.get(i), queries, mine, candidates.removedUpTo());
                }
                return mine;
            }));
        }
        TopMatches[] merged = TopMatches.perQuery(queries.length, rows, request, mayRepeatFaces);
        try {
            for (Future<TopMatches[]> future : futures) {
                TopMatches[] partial = future.get();
                for (int q = 0; q < merged.length; q++) {
                    merged[q].offerAll(partial[q]);
                }
            }
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("search failed", e.getCause());
        }
        return merged;
    }

    private static void scan(RowChunk chunk, PreparedQuery[] queries, TopMatches[] best, long removedUpTo) {
        RowSegment segment = chunk.segment();
        byte[] rows = segment.offsetRows();
        int[] dots = new int[4];
        for (int blockStart = chunk.from(); blockStart < chunk.to(); blockStart += BLOCK_ROWS) {
            int blockEnd = Math.min(chunk.to(), blockStart + BLOCK_ROWS);
            int q = 0;
            for (; q + 4 <= queries.length; q += 4) {
                PreparedQuery first = queries[q];
                PreparedQuery second = queries[q + 1];
                PreparedQuery third = queries[q + 2];
                PreparedQuery fourth = queries[q + 3];
                for (int row = blockStart; row < blockEnd; row++) {
                    Int8Kernel.offsetDots(rows, row * RowSegment.ROW_BYTES, first.offsetComponents, second.offsetComponents,
                            third.offsetComponents, fourth.offsetComponents, dots);
                    consider(segment, row, first, dots[0], best[q], removedUpTo);
                    consider(segment, row, second, dots[1], best[q + 1], removedUpTo);
                    consider(segment, row, third, dots[2], best[q + 2], removedUpTo);
                    consider(segment, row, fourth, dots[3], best[q + 3], removedUpTo);
                }
            }
            for (; q < queries.length; q++) {
                PreparedQuery query = queries[q];
                for (int row = blockStart; row < blockEnd; row++) {
                    consider(segment, row, query, Int8Kernel.offsetDot(rows, row * RowSegment.ROW_BYTES, query.offsetComponents), best[q],
                            removedUpTo);
                }
            }
        }
    }

    private static void consider(RowSegment segment, int row, PreparedQuery query, int offsetDot, TopMatches top, long removedUpTo) {
        int dot = query.dot(offsetDot, segment.componentSum(row));
        int rowNorm = segment.squaredNorm(row);
        double bar = top.bar();
        // once the list is full almost every row fails the cheap test; the removal mark is read last
        if (query.mayReach(dot, rowNorm, bar)) {
            double similarity = Similarity.fromDot(dot, query.squaredNorm, rowNorm);
            if (similarity >= bar && !segment.isRemovedBy(row, removedUpTo)) {
                top.offer(similarity, segment.faceIdHigh(row), segment.faceIdLow(row));
            }
        }
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Rows {@code [from, to)} of one segment: one worker's unit of work. */
    record RowChunk(RowSegment segment, int from, int to) {
        static List<RowChunk> split(CandidateRows candidates, int chunkRows) {
            var chunks = new ArrayList<RowChunk>();
            for (RowRange range : candidates.ranges()) {
                for (int from = 0; from < range.rows(); from += chunkRows) {
                    chunks.add(new RowChunk(range.segment(), from, Math.min(range.rows(), from + chunkRows)));
                }
            }
            return chunks;
        }
    }
}
