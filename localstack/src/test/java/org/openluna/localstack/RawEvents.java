package org.openluna.localstack;

import java.util.Map;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bodies of {@code POST /6/handlers/{handler_id}/events/raw}: the Sender seed's event without its id and url, fields set by the test. */
final class RawEvents {
    private final ObjectNode event;

    private RawEvents(ObjectNode event) {
        this.event = event;
    }

    static RawEvents named(String userData) {
        var event = SeedEvent.named(userData).json();
        event.remove("event_id");
        event.remove("url");
        return new RawEvents(event);
    }

    RawEvents set(String pointer, Object value) {
        var slash = pointer.lastIndexOf('/');
        var parent = (ObjectNode) (slash == 0 ? event : event.at(pointer.substring(0, slash)));
        parent.set(pointer.substring(slash + 1), value instanceof JsonNode node ? node : Json.mapper().valueToTree(value));
        return this;
    }

    RawEvents remove(String field) {
        event.remove(field);
        return this;
    }

    Map<String, Object> body() {
        return Json.mapper().convertValue(event, Map.class);
    }

    /** Saves the event through the dynamic handler, written before the answer; its id. */
    String save(Api client, String handlerId) {
        return client.postJson("/6/handlers/" + handlerId + "/events/raw", body()).assertStatus(201).text("event_id");
    }
}
