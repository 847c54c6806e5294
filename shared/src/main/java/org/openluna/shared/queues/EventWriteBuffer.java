package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.SdkDescriptor;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.events.StoredEventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import tools.jackson.databind.JsonNode;

/**
 * The buffer of {@code wait_saving=0} (seed l.8272): events accepted but not yet written go to an SQS
 * queue, one message each holding the stored event, and whoever drains the queue writes them to the
 * events table (ADR 0013). SQS keeps a message until it is deleted, so an event is written at least
 * once even when a writer stops halfway; a second write of the same event puts the same item again.
 * Each message carries the platform's {@link MessageSeal}, and one without it is dropped unwritten.
 */
public final class EventWriteBuffer {
    private static final Logger LOG = LoggerFactory.getLogger(EventWriteBuffer.class);
    /** SQS's limit on a message body; a larger event is written at once instead. */
    public static final int MAX_BODY_BYTES = EventPublisher.MAX_BODY_BYTES;
    private static final int RECEIVE_BATCH = 10;
    private static final String EVENT = "event";
    private static final String DESCRIPTOR = "descriptor";

    private final SqsClient sqs;
    private final Supplier<String> queueUrl;
    private final MessageSeal seal;

    public EventWriteBuffer(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        this.sqs = Objects.requireNonNull(sqs, "sqs client");
        this.queueUrl = new QueueUrl(sqs, queues.eventWrites());
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /** Whether the event fits one message; one that does not must be written before the answer. */
    public static boolean fits(StoredEvent event) {
        return body(event).getBytes(StandardCharsets.UTF_8).length <= MAX_BODY_BYTES;
    }

    public void add(StoredEvent event) {
        var body = body(event);
        sqs.sendMessage(b -> b.queueUrl(queueUrl.get()).messageBody(body).messageAttributes(seal.attributes(body)));
    }

    /** The events waiting, at most ten, after a long poll of {@code waitSeconds}; their receipts to delete once written. */
    public Batch take(int waitSeconds) {
        var messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl.get()).maxNumberOfMessages(RECEIVE_BATCH)
                .messageAttributeNames(MessageSeal.ATTRIBUTE).waitTimeSeconds(waitSeconds)).messages();
        var events = new ArrayList<StoredEvent>();
        var receipts = new ArrayList<String>();
        for (var message : messages) {
            if (!seal.isSealed(message)) {
                // not written by this platform: whoever could reach the queue cannot put an event into an account
                LOG.warn("dropping a message of the event write queue without the platform's seal");
                receipts.add(message.receiptHandle());
                continue;
            }
            try {
                events.add(event(Json.tree(message.body().getBytes(StandardCharsets.UTF_8))));
            } catch (RuntimeException e) {
                // a body this buffer did not write can never become an event; keeping it would block nothing but retry forever
                LOG.warn("dropping a message of the event write queue that holds no event: {}", e.toString());
            }
            receipts.add(message.receiptHandle());
        }
        return new Batch(events, receipts);
    }

    /** Removes the messages of a batch whose events are written. */
    public void done(Batch batch) {
        if (batch.receipts().isEmpty()) {
            return;
        }
        var entries = new ArrayList<DeleteMessageBatchRequestEntry>();
        for (int i = 0; i < batch.receipts().size(); i++) {
            entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i)).receiptHandle(batch.receipts().get(i)).build());
        }
        sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl.get()).entries(entries));
    }

    public record Batch(List<StoredEvent> events, List<String> receipts) {
        public Batch {
            events = List.copyOf(events);
            receipts = List.copyOf(receipts);
        }
    }

    /** {@code {"event": <the stored event>, "descriptor": <SDK descriptor, base64>}}, the descriptor absent when there is none. */
    private static String body(StoredEvent event) {
        var body = Json.object();
        body.set(EVENT, StoredEventJson.write(event));
        if (event.descriptor() != null) {
            body.put(DESCRIPTOR, SdkDescriptor.encodeBase64(event.descriptor()));
        }
        return Json.writeString(body);
    }

    /** The event a message of this queue holds, once its seal is checked; the callbacks function reads it so. */
    public static StoredEvent read(String body) {
        return event(Json.tree(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static StoredEvent event(JsonNode body) {
        var event = StoredEventJson.read(body.get(EVENT));
        var descriptor = body.get(DESCRIPTOR);
        return descriptor == null ? event : event.withDescriptor(SdkDescriptor.parseBase64(descriptor.asString()));
    }
}
