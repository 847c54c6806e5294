package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What a handler calls once per event it produced: one SQS message on the event fan-out queue, which
 * the Sender reads and pushes to the account's websocket subscribers. The handler never talks to a
 * websocket, and the call returns once SQS holds the message.
 *
 * <p>SQS takes bodies of at most 256 KiB; an event larger than that (a raw event's {@code meta} may be
 * 2 MB, seed l.8291) is refused here rather than cut, see ADR 0012.
 */
public final class EventPublisher {
    /** SQS's limit on a message body. */
    public static final int MAX_BODY_BYTES = 262_144;

    private final SqsClient sqs;
    private final Supplier<String> queueUrl;
    private final MessageSeal seal;

    /**
     * @param queues the platform's queues; the fan-out queue's URL is asked for once, at the first event
     * @param seal what the Sender checks every event by, so only the platform's events reach subscribers
     */
    public EventPublisher(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        this.sqs = Objects.requireNonNull(sqs, "sqs client");
        Objects.requireNonNull(queues, "queue names");
        this.queueUrl = new QueueUrl(sqs, queues.events());
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /**
     * Sends the event to the fan-out queue.
     *
     * @throws IllegalArgumentException when the message would not fit in one SQS message
     */
    public void publish(EventNotice notice) {
        var body = QueuedEvent.of(notice).toBody();
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("event message of " + bytes + " bytes exceeds SQS's " + MAX_BODY_BYTES + " bytes");
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl.get()).messageBody(body).messageAttributes(seal.attributes(body)));
    }
}
