package org.openluna.sender;

import java.util.Objects;

/**
 * How the Sender runs.
 *
 * @param host the address it listens on; 127.0.0.1 in the embedded default
 * @param port 5080, as LUNA's Sender (S1:38)
 * @param queueName the SQS queue it reads events from: the platform's fan-out queue, or on AWS this
 *                  instance's own queue subscribed to the events topic (ADR 0012)
 * @param waitSeconds how long one receive waits for events (SQS long polling, 1-20); also how long
 *                    closing may wait for the receive in flight
 */
public record SenderSettings(String host, int port, String queueName, int waitSeconds) {
    public static final int DEFAULT_PORT = 5080;

    public SenderSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queueName, "queue name");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (waitSeconds < 1 || waitSeconds > 20) {
            throw new IllegalArgumentException("wait seconds must be 1-20 (SQS long polling), not " + waitSeconds);
        }
    }
}
