package org.openluna.inference.service;

import java.util.Set;
import org.openluna.inference.runtime.RuntimeSettings;
import org.openluna.protocol.ServiceOptions;

/**
 * The service's command line: {@code --port=N} (5200), {@code --intra-op-threads=N} (1),
 * {@code --concurrent-runs=N} (one per core), {@code --batching=on|off} (on),
 * {@code --max-batch=N} (16). An option it does not know, or a value it cannot read, stops the
 * start with a message rather than being ignored.
 */
final class CommandLine {
    private static final Set<String> OPTIONS = Set.of("port", "intra-op-threads", "concurrent-runs", "batching", "max-batch");

    private CommandLine() {}

    static InferenceSettings settings(String... args) {
        var options = ServiceOptions.parse(OPTIONS, args);
        var machine = RuntimeSettings.forThisMachine();
        var runtime = new RuntimeSettings(
                options.number("intra-op-threads", machine.intraOpThreads()),
                options.number("concurrent-runs", machine.concurrentRuns()),
                options.onOff("batching", machine.batching()),
                options.number("max-batch", machine.maxBatch()));
        var defaults = InferenceSettings.defaults(options.number("port", 5200));
        return new InferenceSettings(defaults.host(), defaults.port(), runtime, defaults.limits(), defaults.maxRequestBytes());
    }
}
