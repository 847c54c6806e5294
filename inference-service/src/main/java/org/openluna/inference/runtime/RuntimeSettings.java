package org.openluna.inference.runtime;

/**
 * How ONNX Runtime may use the machine: threads inside one model run, and how many runs go at once.
 * On a small machine one thread per run and one run per core keeps every core busy without the
 * runs fighting over them.
 */
public record RuntimeSettings(int intraOpThreads, int concurrentRuns) {

    public RuntimeSettings {
        if (intraOpThreads < 1 || concurrentRuns < 1) {
            throw new IllegalArgumentException("thread counts must be positive");
        }
    }

    public static RuntimeSettings forThisMachine() {
        return new RuntimeSettings(1, Runtime.getRuntime().availableProcessors());
    }
}
