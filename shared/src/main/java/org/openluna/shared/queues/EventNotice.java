package org.openluna.shared.queues;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.api.Times;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event of a handler, on its way to the websocket subscribers of its account. The Sender writes
 * {@link #message()} to each subscriber whose filters it passes, exactly as LUNA's Sender does (seed
 * S1:39-919): {@code {event, handler_id, event-create-time, event-end-time, Luna-Request-id}}.
 *
 * @param event the event as the handler answers it (the objects of {@code events[]}); copied, so a
 *              later change to the caller's tree does not reach the notice
 */
public record EventNotice(UUID accountId, UUID handlerId, ObjectNode event, Instant createTime, Instant endTime, RequestId requestId) {
    public static final String EVENT = "event";
    public static final String HANDLER_ID = "handler_id";
    public static final String CREATE_TIME = "event-create-time";
    public static final String END_TIME = "event-end-time";
    // lower-case "id", as both seeds print it (S1:918, l.14784), unlike the Luna-Request-Id header
    public static final String REQUEST_ID = "Luna-Request-id";

    public EventNotice {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(handlerId, "handler id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(createTime, "event create time");
        Objects.requireNonNull(endTime, "event end time");
        Objects.requireNonNull(requestId, "request id");
        event = event.deepCopy();
    }

    @Override
    public ObjectNode event() {
        return event.deepCopy();
    }

    /** The message a subscriber receives, keys in the seed's order. */
    public ObjectNode message() {
        var message = Json.object();
        message.set(EVENT, event.deepCopy());
        message.put(HANDLER_ID, handlerId.toString());
        message.put(CREATE_TIME, Times.format(createTime));
        message.put(END_TIME, Times.format(endTime));
        message.put(REQUEST_ID, requestId.value());
        return message;
    }
}
