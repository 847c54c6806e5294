package org.openluna.matcher.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How one matcher service runs: where it listens, which faces table it follows, how it searches.
 *
 * @param tablePrefix the platform's resource prefix ({@code luna-}), naming the faces table it loads and follows
 * @param threads the backend's worker threads; one per core by default
 * @param streamPause how long the stream reader waits after finding nothing new, the lag a new face can have
 * @param loadSegments parallel segments of the table scan at start
 * @param gpuRows rows the cuda backend makes room for on the GPU; 0: as many as its free memory holds
 */
public record MatcherSettings(String host, int port, String tablePrefix, BackendKind backend, int threads,
                              Duration streamPause, int loadSegments, int maxRequestBytes, long gpuRows) {
    public MatcherSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tablePrefix, "table prefix");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(streamPause, "stream pause");
        if (threads < 1 || loadSegments < 1) {
            throw new IllegalArgumentException("a matcher needs at least one thread and one load segment");
        }
        if (gpuRows < 0) {
            throw new IllegalArgumentException("--gpu-rows is a number of rows, or 0 for as many as fit, not " + gpuRows);
        }
    }

    public static MatcherSettings defaults(int port, String tablePrefix) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new MatcherSettings("127.0.0.1", port, tablePrefix, BackendKind.CPU, cores, Duration.ofMillis(100), cores,
                16 * 1024 * 1024, 0);
    }

    public MatcherSettings withBackend(BackendKind kind) {
        return new MatcherSettings(host, port, tablePrefix, kind, threads, streamPause, loadSegments, maxRequestBytes, gpuRows);
    }
}
