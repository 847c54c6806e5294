package org.openluna.inference.runtime;

/**
 * How the models use the machine.
 *
 * @param intraOpThreads threads inside one model run
 * @param concurrentRuns model runs under way at once, over all models; each run uses its own
 *                       staging buffer, so this also bounds that memory
 * @param batching       whether concurrent work for one model (the tiles and faces of a photo, the
 *                       photos of concurrent requests) is grouped into one run; off, every input
 *                       runs alone on the caller's thread
 * @param maxBatch       the most inputs one run takes when batching
 */
public record RuntimeSettings(int intraOpThreads, int concurrentRuns, boolean batching, int maxBatch) {

    public RuntimeSettings {
        if (intraOpThreads < 1 || concurrentRuns < 1) {
            throw new IllegalArgumentException("thread counts must be positive, got " + intraOpThreads + " and " + concurrentRuns);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("the largest batch must be at least 1, got " + maxBatch);
        }
    }

    /**
     * One thread per run and one run per core: on a small CPU machine this keeps every core busy
     * without the runs fighting over them.
     */
    public static RuntimeSettings forThisMachine() {
        return new RuntimeSettings(1, Runtime.getRuntime().availableProcessors(), true, 16);
    }

    public RuntimeSettings withBatching(boolean on) {
        return new RuntimeSettings(intraOpThreads, concurrentRuns, on, maxBatch);
    }
}
