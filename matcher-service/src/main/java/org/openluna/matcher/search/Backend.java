package org.openluna.matcher.search;

import java.util.List;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowMirror;

/**
 * Where similarities are computed: the CPU ({@link CpuBackend}), a plain reference
 * ({@link ScalarBackend}), a GPU ({@code cuda.CudaBackend}). Every backend returns the same, exact answer: for each query,
 * in order, its best matches among the candidate rows, best first ({@link Match#BEST_FIRST}), with
 * similarities from {@code Similarity.fromDot}, rows removed before the search began left out and
 * each face once.
 *
 * <p>A backend owns its threads or devices and releases them in {@link #close()}.
 */
public interface Backend extends AutoCloseable {
    List<List<Match>> search(CandidateRows candidates, SearchRequest request);

    /** What this backend is, as a log line or {@code /1/status} says it: {@code cpu}, {@code scalar}, {@code cuda}. */
    String name();

    /**
     * The copy of the rows this backend keeps besides the host's (a GPU's memory), which the accounts
     * must keep in step; {@link RowMirror#NONE} for a backend that reads the host rows in place.
     */
    default RowMirror mirror() {
        return RowMirror.NONE;
    }

    @Override
    void close();
}
