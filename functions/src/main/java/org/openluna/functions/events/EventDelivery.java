package org.openluna.functions.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.handlers.Callback;
import org.openluna.shared.handlers.EventFacts;
import org.openluna.shared.handlers.StoragePolicy;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.EventNotice;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.EventWriteBuffer;
import org.openluna.shared.queues.QueuedCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last three parts of {@code storage_policy} for the events of one request, each where its filters
 * pass: the event written to the events table (before the answer with {@code wait_saving=1}, through
 * the write buffer after it with 0), a notification to the Sender ({@link EventPublisher}, ADR 0012),
 * and the http callbacks, queued before the answer and sent by their own function after it (ADR 0018).
 * Events are written before they are announced, so a subscriber who reads one back finds it (with
 * {@code wait_saving=1}).
 */
final class EventDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);

    private final Events events;
    private final EventWriteBuffer buffer;
    private final EventPublisher publisher;
    private final CallbackQueue callbacks;

    EventDelivery(Events events, EventWriteBuffer buffer, EventPublisher publisher, CallbackQueue callbacks) {
        this.events = events;
        this.buffer = buffer;
        this.publisher = publisher;
        this.callbacks = callbacks;
    }

    /** One event of the request: as answered, as stored, and what the filters read of it. */
    record Outgoing(ObjectNode event, StoredEvent stored, EventFacts facts) {
        Outgoing {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** @return whether an event was left to the write buffer, so the answer is 202 rather than 201 */
    boolean deliver(UUID handlerId, List<Outgoing> out, StoragePolicy policy, RequestId requestId) {
        boolean buffered = save(out, policy);
        var notification = policy.notificationPolicy();
        for (var o : out) {
            if (notification.sendNotification() == 1 && notification.filters().passes(o.facts())) {
                notify(handlerId, o, requestId);
            }
            for (var callback : policy.callbacks()) {
                if (callback.enable() == 1 && callback.filters().passes(o.facts())) {
                    callbacks.add(QueuedCallback.rendering(callback, o.event()));
                }
            }
        }
        return buffered;
    }

    private boolean save(List<Outgoing> out, StoragePolicy policy) {
        var eventPolicy = policy.eventPolicy();
        var now = new ArrayList<StoredEvent>();
        boolean buffered = false;
        for (var o : out) {
            if (eventPolicy.storeEvent() != 1 || !eventPolicy.filters().passes(o.facts())) {
                continue;
            }
            if (eventPolicy.waitSaving() == 0 && EventWriteBuffer.fits(o.stored())) {
                buffer.add(o.stored());
                buffered = true;
            } else {
                now.add(o.stored());
            }
        }
        events.saveAll(now);
        return buffered;
    }

    private void notify(UUID handlerId, Outgoing o, RequestId requestId) {
        var stored = o.stored();
        try {
            publisher.publish(new EventNotice(stored.accountId(), handlerId, o.event(), stored.createTime(), stored.endTime(), requestId));
        } catch (IllegalArgumentException tooLarge) {
            // the event itself is stored; only its notification cannot travel (ADR 0012)
            LOG.warn("event {} not sent to subscribers: {}", stored.eventId(), tooLarge.getMessage());
        }
    }
}
