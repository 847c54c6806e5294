package org.openluna.matcher.search;

import java.util.List;
import org.openluna.matcher.rows.CandidateRows;

/**
 * Where similarities are computed: the CPU ({@link CpuBackend}), a plain reference
 * ({@link ScalarBackend}), later a GPU. Every backend returns the same, exact answer: for each query,
 * in order, its best matches among the candidate rows, best first ({@link Match#BEST_FIRST}), with
 * similarities from {@code Similarity.fromDot}, rows removed before the search began left out and
 * each face once.
 *
 * <p>A backend owns its threads or devices and releases them in {@link #close()}.
 */
public interface Backend extends AutoCloseable {
    List<List<Match>> search(CandidateRows candidates, SearchRequest request);

    @Override
    void close();
}
