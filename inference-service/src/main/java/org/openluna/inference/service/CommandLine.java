package org.openluna.inference.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openluna.inference.runtime.RuntimeSettings;

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
        var values = new HashMap<String, String>();
        for (var arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are --" + String.join("=, --", OPTIONS.stream().sorted().toList()) + "=");
            }
            values.put(name, arg.substring(equals + 1));
        }
        var machine = RuntimeSettings.forThisMachine();
        var runtime = new RuntimeSettings(
                number(values, "intra-op-threads", machine.intraOpThreads()),
                number(values, "concurrent-runs", machine.concurrentRuns()),
                onOff(values, "batching", machine.batching()),
                number(values, "max-batch", machine.maxBatch()));
        var defaults = InferenceSettings.defaults(number(values, "port", 5200));
        return new InferenceSettings(defaults.host(), defaults.port(), runtime, defaults.limits(), defaults.maxRequestBytes());
    }

    private static int number(Map<String, String> values, String name, int otherwise) {
        var value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, got " + value, e);
        }
    }

    private static boolean onOff(Map<String, String> values, String name, boolean otherwise) {
        var value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " takes on or off, got " + value);
        };
    }
}
