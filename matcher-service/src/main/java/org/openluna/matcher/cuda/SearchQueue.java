package org.openluna.matcher.cuda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;

/**
 * Searches waiting for the GPU, taken in arrival order; searches that arrived meanwhile over the same
 * rows go with the first, so that concurrent requests share one pass over the rows (a batch reads the
 * rows once for all its queries). Each keeps its own limit, threshold and removal sequence.
 */
final class SearchQueue {
    /** A search and the answer its caller waits for. */
    record Pending(CandidateRows candidates, SearchRequest request, CompletableFuture<List<List<Match>>> answer) {
        Pending {
            Objects.requireNonNull(candidates, "candidates");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(answer, "answer");
        }

        int queries() { return request.queries().size(); }

        /** Whether the two search exactly the same rows (removal sequences aside, which each query keeps). */
        boolean searchesTheRowsOf(Pending other) {
            return candidates.mayRepeatFaces() == other.candidates.mayRepeatFaces() && candidates.ranges().equals(other.candidates.ranges());
        }
    }

    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final int maxQueries;

    /** A queue whose batches hold at most {@code maxQueries} queries (a single search may hold more; it goes alone). */
    SearchQueue(int maxQueries) {
        this.maxQueries = maxQueries;
    }

    /** Queues a search; its answer completes when the GPU has run it. */
    CompletableFuture<List<List<Match>>> submit(CandidateRows candidates, SearchRequest request) {
        var pending = new Pending(candidates, request, new CompletableFuture<>());
        waiting.add(pending);
        return pending.answer();
    }

    /**
     * The oldest waiting search with every other one now waiting over the same rows, while their queries
     * fit {@code maxQueries}; empty when none came within the timeout.
     */
    List<Pending> next(long timeout, TimeUnit unit) throws InterruptedException {
        Pending first = waiting.poll(timeout, unit);
        if (first == null) {
            return List.of();
        }
        var batch = new ArrayList<Pending>();
        batch.add(first);
        int queries = first.queries();
        for (var waiter = waiting.iterator(); waiter.hasNext() && queries < maxQueries; ) {
            Pending next = waiter.next();
            if (next.searchesTheRowsOf(first) && queries + next.queries() <= maxQueries) {
                waiter.remove();
                batch.add(next);
                queries += next.queries();
            }
        }
        return batch;
    }

    /** Fails every waiting search, as when the backend closes. */
    void failAll(RuntimeException cause) {
        for (Pending pending; (pending = waiting.poll()) != null; ) {
            pending.answer().completeExceptionally(cause);
        }
    }
}
