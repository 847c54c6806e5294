package org.openluna.inference.service;

import org.openluna.inference.image.PhotoLimits;
import org.openluna.inference.runtime.RuntimeSettings;

/** How one inference service runs: where it listens, how it uses the CPU, what photos it takes. */
public record InferenceSettings(String host, int port, RuntimeSettings runtime, PhotoLimits limits, int maxRequestBytes) {

    public static InferenceSettings defaults(int port) {
        return new InferenceSettings("127.0.0.1", port, RuntimeSettings.forThisMachine(), PhotoLimits.DEFAULT, 64 * 1024 * 1024);
    }

    /** The settings the service's command line gives (see {@link CommandLine}), for a launcher that embeds it. */
    public static InferenceSettings fromOptions(String... options) {
        return CommandLine.settings(options);
    }
}
