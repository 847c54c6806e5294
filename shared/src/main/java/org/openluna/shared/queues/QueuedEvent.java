package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as it travels through the fan-out queue: the account it belongs to and the subscriber's
 * message, ready to send. The body is {@code {"account_id": "<uuid>", "message": {...}}} (ADR 0012);
 * the message is built once by the publisher, so every Sender instance writes the same bytes.
 */
public record QueuedEvent(UUID accountId, ObjectNode message) {
    static final String ACCOUNT_ID = "account_id";
    static final String MESSAGE = "message";

    public QueuedEvent {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(message, "message");
    }

    public static QueuedEvent of(EventNotice notice) {
        return new QueuedEvent(notice.accountId(), notice.message());
    }

    public String toBody() {
        var body = Json.object();
        body.put(ACCOUNT_ID, accountId.toString());
        body.set(MESSAGE, message);
        return Json.writeString(body);
    }

    /** The event of a queue body; empty for a body that is not one (it was not written by {@link EventPublisher}). */
    public static Optional<QueuedEvent> fromBody(String body) {
        try {
            var tree = Json.mapper().readTree(body.getBytes(StandardCharsets.UTF_8));
            if (tree == null || !tree.isObject() || !(tree.get(MESSAGE) instanceof ObjectNode message)
                    || !(message.get(EventNotice.EVENT) instanceof ObjectNode)) {
                return Optional.empty();
            }
            var account = tree.get(ACCOUNT_ID);
            return Ids.parseUuid(account == null ? null : account.asString()).map(id -> new QueuedEvent(id, message));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The message's text, as one websocket text frame carries it. */
    public String messageText() {
        return Json.writeString(message);
    }
}
