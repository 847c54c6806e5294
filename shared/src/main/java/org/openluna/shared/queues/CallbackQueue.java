package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The queue of handlers' http callbacks (ADR 0018): a handler puts each callback of each event on it
 * before it answers, and the callbacks function sends them. A message outlives any process, so a
 * callback accepted once is sent at least once, whatever stops meanwhile. Each message carries the
 * platform's {@link MessageSeal}: the callbacks function sends nothing it cannot verify, so whoever
 * could write to the queue cannot make the platform call out.
 */
public final class CallbackQueue {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackQueue.class);

    private final SqsClient sqs;
    private final Supplier<String> queueUrl;
    private final MessageSeal seal;

    public CallbackQueue(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        this.sqs = Objects.requireNonNull(sqs, "sqs client");
        this.queueUrl = new QueueUrl(sqs, queues.callbacks());
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /** Queues one callback; one too large for a message is not sent, and the log says so. */
    public void add(QueuedCallback callback) {
        var body = callback.toBody();
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > EventPublisher.MAX_BODY_BYTES) {
            LOG.warn("callback to {} not sent: its event makes a message of {} bytes, over SQS's {}", callback.url(), bytes,
                    EventPublisher.MAX_BODY_BYTES);
            return;
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl.get()).messageBody(body).messageAttributes(seal.attributes(body)));
    }

    /** The callback a message holds, if the platform sealed it; empty for anything else. */
    public static Optional<QueuedCallback> read(String body, String sealValue, MessageSeal seal) {
        if (sealValue == null || !seal.holds(body, sealValue)) {
            return Optional.empty();
        }
        return Optional.of(QueuedCallback.fromBody(body));
    }
}
