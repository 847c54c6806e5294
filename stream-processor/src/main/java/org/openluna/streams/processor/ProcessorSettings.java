package org.openluna.streams.processor;

import java.net.URI;
import java.time.Duration;

/**
 * How a stream processor runs.
 *
 * @param api the platform's gateway, where stream events are posted
 * @param inference the inference service
 * @param tablePrefix the deployment's resource prefix ({@code luna-})
 * @param lease how long a stream stays this processor's without a renewal; another takes it after
 * @param capacity the most streams it runs at once
 * @param privateNetworks whether videos may come from loopback and private addresses: on one machine or
 *                        a LAN, where cameras are; never from link-local ones or the platform's services
 */
public record ProcessorSettings(String host, int port, URI api, URI inference, String tablePrefix, Duration lease, int capacity,
                                boolean privateNetworks) {
    public static final int DEFAULT_PORT = 5400;
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);
    public static final int DEFAULT_CAPACITY = 8;

    /** Renewals a third of the lease apart, so two may fail before it lapses. */
    Duration poll() {
        return lease.dividedBy(3);
    }

    static ProcessorSettings fromArgs(String[] args) {
        String host = "127.0.0.1";
        int port = DEFAULT_PORT;
        URI api = URI.create("http://127.0.0.1:5000");
        URI inference = URI.create("http://127.0.0.1:5200");
        String prefix = "luna-";
        Duration lease = DEFAULT_LEASE;
        int capacity = DEFAULT_CAPACITY;
        boolean privateNetworks = false;
        for (var arg : args) {
            var parts = arg.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("unknown argument " + arg + "; usage: " + USAGE);
            }
            switch (parts[0]) {
                case "--host" -> host = parts[1];
                case "--port" -> port = Integer.parseInt(parts[1]);
                case "--api-url" -> api = URI.create(parts[1]);
                case "--inference-url" -> inference = URI.create(parts[1]);
                case "--resource-prefix" -> prefix = parts[1];
                case "--lease-seconds" -> lease = Duration.ofSeconds(Integer.parseInt(parts[1]));
                case "--capacity" -> capacity = Integer.parseInt(parts[1]);
                case "--private-networks" -> privateNetworks = Boolean.parseBoolean(parts[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "; usage: " + USAGE);
            }
        }
        return new ProcessorSettings(host, port, api, inference, prefix, lease, capacity, privateNetworks);
    }

    private static final String USAGE = "[--host=127.0.0.1] [--port=5400] [--api-url=http://127.0.0.1:5000]"
            + " [--inference-url=http://127.0.0.1:5200] [--resource-prefix=luna-] [--lease-seconds=15] [--capacity=8]"
            + " [--private-networks=false]";
}
