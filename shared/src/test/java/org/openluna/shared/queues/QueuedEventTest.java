package org.openluna.shared.queues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.RequestId;
import tools.jackson.databind.node.ObjectNode;

class QueuedEventTest {
    private static final UUID ACCOUNT = UUID.fromString("8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a");
    private static final UUID HANDLER = UUID.fromString("557d54ec-29ad-4f3c-93b4-c9092ef12515");

    private static EventNotice notice() {
        var event = Json.object();
        event.put("event_id", "527fca61-d452-4dd2-ad97-63c5f95c02b1");
        event.put("source", "3rd Avenue");
        event.putArray("tags").add("tag1");
        return new EventNotice(ACCOUNT, HANDLER, event, Instant.parse("2019-08-24T14:15:22Z"),
                Instant.parse("2019-08-24T14:15:23.500Z"), new RequestId("1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a"));
    }

    @Test
    void theMessageHasTheSendersShapeAndKeyOrder() {
        var message = notice().message();
        assertThat(List.copyOf(message.propertyNames()))
                .containsExactly("event", "handler_id", "event-create-time", "event-end-time", "Luna-Request-id");
        assertThat(message.get("handler_id").asString()).isEqualTo(HANDLER.toString());
        assertThat(message.get("event-create-time").asString()).isEqualTo("2019-08-24T14:15:22.000Z");
        assertThat(message.get("event-end-time").asString()).isEqualTo("2019-08-24T14:15:23.500Z");
        assertThat(message.get("Luna-Request-id").asString()).isEqualTo("1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a");
        assertThat(message.get("event").get("source").asString()).isEqualTo("3rd Avenue");
    }

    @Test
    void aQueueBodyReadsBackAsTheSameAccountAndMessage() {
        var queued = QueuedEvent.of(notice());
        var body = queued.toBody();
        assertThat(Json.tree(body.getBytes()).get("account_id").asString()).isEqualTo(ACCOUNT.toString());
        var read = QueuedEvent.fromBody(body).orElseThrow();
        assertThat(read.accountId()).isEqualTo(ACCOUNT);
        assertThat(read.message()).isEqualTo(queued.message());
        assertThat(read.messageText()).isEqualTo(Json.writeString(notice().message()));
    }

    @Test
    void aBodyNotWrittenByThePublisherIsNoEvent() {
        assertThat(QueuedEvent.fromBody("not json")).isEmpty();
        assertThat(QueuedEvent.fromBody("{\"account_id\":\"x\",\"message\":{\"event\":{}}}")).isEmpty();
        assertThat(QueuedEvent.fromBody("{\"account_id\":\"" + ACCOUNT + "\",\"message\":{}}")).isEmpty();
        assertThat(QueuedEvent.fromBody("[1,2]")).isEmpty();
    }

    @Test
    void aNoticeKeepsItsOwnCopyOfTheEvent() {
        var event = Json.object();
        event.put("source", "cam1");
        var notice = new EventNotice(ACCOUNT, HANDLER, event, Instant.EPOCH, Instant.EPOCH, new RequestId("1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a"));
        event.put("source", "changed");
        ((ObjectNode) notice.event()).put("source", "changed too");
        assertThat(notice.message().get("event").get("source").asString()).isEqualTo("cam1");
    }
}
