package org.openluna.matcher.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowMirror;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact search on a CUDA GPU (ADR 0015). The accounts' rows are copied to the GPU as they change
 * ({@link #mirror()}, {@link DeviceRows}); a search is queued for the one device thread, which owns the
 * GPU, applies every change queued before the search, and runs it together with the searches that
 * wait over the same rows ({@link SearchQueue}, {@link DeviceSearch}). Answers are the CPU backend's,
 * to the last bit of the similarity.
 *
 * <p>The CPU backend answers what the GPU would answer slower or not at all: rows the GPU does not
 * hold (a search of given faces, whose rows are copied for that search alone), searches too small to
 * be worth the trip ({@value #INLINE_COMPARISONS} row-query pairs), limits above
 * {@link SearchPlan#MAX_K}, and a query whose faces repeat beyond what the GPU kept for it.
 */
public final class CudaBackend implements Backend {
    /** Below this many row-query pairs (about a millisecond of one core) the CPU answers before the GPU could. */
    static final long INLINE_COMPARISONS = 1L << 15;
    private static final Logger log = LoggerFactory.getLogger(CudaBackend.class);

    private final CpuBackend cpu;
    private final long inlineComparisons;
    private final ExecutorService deviceThread;
    private final Parts parts;
    private final SearchQueue queue = new SearchQueue(SearchPlan.MAX_QUERIES);
    private final Future<?> loop;
    private final AtomicLong queriesOnTheGpu = new AtomicLong();
    private volatile boolean closing;

    /** What the device thread owns, closed in reverse order of opening. */
    private record Parts(CudaDevice device, Kernels kernels, DeviceRows rows, DeviceSearch search) implements AutoCloseable {
        static Parts open(long requestedRows) {
            var device = CudaDevice.open(0);
            Kernels kernels = null;
            DeviceRows rows = null;
            try {
                kernels = Kernels.compile(device);
                DeviceMemoryBudget memory = device.memory();
                long poolRows = memory.poolRows(requestedRows);
                rows = new DeviceRows(device, kernels, poolRows);
                var search = new DeviceSearch(device, kernels, rows);
                log.info(String.format(Locale.ROOT, "cuda backend on %s: room for %,d rows (%s) of %s free, %s kept for searches",
                        device.facts(), poolRows, DeviceMemoryBudget.gib(poolRows * DeviceMemoryBudget.BYTES_PER_ROW),
                        DeviceMemoryBudget.gib(memory.freeBytes()), DeviceMemoryBudget.gib(SearchPlan.SCRATCH_BYTES)));
                return new Parts(device, kernels, rows, search);
            } catch (RuntimeException e) {
                if (rows != null) {
                    rows.close();
                }
                if (kernels != null) {
                    kernels.close();
                }
                device.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                search.close();
                rows.close();
                kernels.close();
            } finally {
                device.close();
            }
        }
    }

    private CudaBackend(CpuBackend cpu, long inlineComparisons, ExecutorService deviceThread, Parts parts) {
        this.cpu = cpu;
        this.inlineComparisons = inlineComparisons;
        this.deviceThread = deviceThread;
        this.parts = parts;
        this.loop = deviceThread.submit(this::serve);
    }

    /**
     * Opens the first GPU with room for {@code requestedRows} rows (0: as many as its free memory holds)
     * and a CPU backend of {@code cpuThreads} workers for what the GPU does not answer.
     *
     * @throws IllegalStateException when the GPU cannot hold the rows asked for, or a CUDA call fails
     */
    public static CudaBackend open(int cpuThreads, long requestedRows) {
        return open(cpuThreads, requestedRows, INLINE_COMPARISONS);
    }

    /** As {@link #open(int, long)}, with searches of fewer than {@code inlineComparisons} row-query pairs left to the CPU; tests pass 0. */
    static CudaBackend open(int cpuThreads, long requestedRows, long inlineComparisons) {
        ExecutorService deviceThread = Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "matcher-cuda");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Parts parts = deviceThread.submit(() -> Parts.open(requestedRows)).get();
            return new CudaBackend(new CpuBackend(cpuThreads), inlineComparisons, deviceThread, parts);
        } catch (ExecutionException e) {
            deviceThread.shutdownNow();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the cuda backend did not open", e.getCause());
        } catch (InterruptedException e) {
            deviceThread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cuda backend opened", e);
        }
    }

    @Override
    public List<List<Match>> search(CandidateRows candidates, SearchRequest request) {
        int queries = request.queries().size();
        if (queries == 0) {
            return List.of();
        }
        if (request.limit() > SearchPlan.MAX_K || !isOnTheGpu(candidates) || candidates.rowCount() * queries < inlineComparisons) {
            return cpu.search(candidates, request);
        }
        if (queries > SearchPlan.MAX_QUERIES) {
            var results = new ArrayList<List<Match>>(queries);
            for (int from = 0; from < queries; from += SearchPlan.MAX_QUERIES) {
                var part = request.queries().subList(from, Math.min(queries, from + SearchPlan.MAX_QUERIES));
                results.addAll(search(candidates, new SearchRequest(part, request.limit(), request.threshold())));
            }
            return results;
        }
        List<List<Match>> answer = await(queue.submit(candidates, request));
        var results = new ArrayList<List<Match>>(answer);
        for (int q = 0; q < queries; q++) {
            if (results.get(q) == null) {
                results.set(q, cpu.search(candidates, new SearchRequest(List.of(request.queries().get(q)), request.limit(), request.threshold())).getFirst());
            }
        }
        return results;
    }

    @Override
    public String name() {
        return "cuda";
    }

    /** The GPU copy of the rows: the accounts tell it every change. */
    @Override
    public RowMirror mirror() {
        return parts.rows();
    }

    /** Rows in blocks held on the GPU now, a block counted whole. */
    public long gpuRowsHeld() {
        return parts.rows().rowsHeld();
    }

    /** Queries the GPU has answered (not those left to the CPU), since the backend opened. */
    long queriesOnTheGpu() {
        return queriesOnTheGpu.get();
    }

    /** Rows the GPU's pool has room for. */
    public long gpuRowCapacity() {
        return parts.rows().capacityRows();
    }

    @Override
    public void close() {
        closing = true;
        try {
            loop.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("the cuda backend's device thread did not stop cleanly", e);
        }
        queue.failAll(new IllegalStateException("the cuda backend closed"));
        try {
            deviceThread.submit(parts::close).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("the cuda backend did not release the GPU cleanly", e);
        } finally {
            deviceThread.shutdown();
            cpu.close();
        }
    }

    private boolean isOnTheGpu(CandidateRows candidates) {
        if (candidates.ranges().isEmpty()) {
            return false;
        }
        for (RowRange range : candidates.ranges()) {
            if (parts.rows().blockOf(range.segment()) == null) {
                return false;
            }
        }
        return true;
    }

    /** The device thread: changes first, then the searches taken, until the backend closes. */
    private void serve() {
        while (!closing) {
            List<SearchQueue.Pending> batch;
            try {
                batch = queue.next(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                // every change told before these searches began, and so before they were queued
                parts.rows().applyChanges();
                if (!batch.isEmpty()) {
                    answer(batch);
                }
            } catch (RuntimeException e) {
                log.error("a GPU search failed", e);
                batch.forEach(pending -> pending.answer().completeExceptionally(e));
            }
        }
    }

    private void answer(List<SearchQueue.Pending> batch) {
        var queries = new ArrayList<DeviceSearch.Query>();
        for (SearchQueue.Pending pending : batch) {
            for (Descriptor descriptor : pending.request().queries()) {
                queries.add(DeviceSearch.Query.of(descriptor, pending.candidates().removedUpTo(), pending.request().threshold(),
                        pending.request().limit()));
            }
        }
        List<List<Match>> results = parts.search().run(batch.getFirst().candidates(), queries);
        queriesOnTheGpu.addAndGet(queries.size());
        int at = 0;
        for (SearchQueue.Pending pending : batch) {
            int n = pending.queries();
            pending.answer().complete(new ArrayList<>(results.subList(at, at + n)));
            at += n;
        }
    }

    private static List<List<Match>> await(CompletableFuture<List<List<Match>>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GPU", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the GPU search failed", e.getCause());
        }
    }
}
