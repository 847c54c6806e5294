package org.openluna.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.openluna.shared.api.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events for the Sender tests, made from the Sender seed's example message (S1:39-919) with the fields
 * a test filters on set to its own values.
 */
final class SeedEvent {
    private final ObjectNode event;

    private SeedEvent(ObjectNode event) {
        this.event = event;
    }

    /** The seed's event, with a fresh event id and the given user data to tell it apart. */
    static SeedEvent named(String userData) {
        try (var in = SeedEvent.class.getResourceAsStream("/events/sender-example.json")) {
            var event = (ObjectNode) ((ObjectNode) Json.tree(in.readAllBytes())).get("event");
            event.put("event_id", UUID.randomUUID().toString());
            event.put("user_data", userData);
            return new SeedEvent(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top candidate's similarity: the first policy's first candidate gets it, the other policy's a lower one. */
    SeedEvent similarity(double top) {
        var matches = event.get("matches");
        ((ObjectNode) matches.get(0).get("candidates").get(0)).put("similarity", top);
        ((ObjectNode) matches.get(1).get("candidates").get(0)).put("similarity", top / 2);
        return this;
    }

    SeedEvent gender(int gender) {
        ((ObjectNode) event.get("face_attributes").get("basic_attributes")).put("gender", gender);
        return this;
    }

    SeedEvent tags(String... tags) {
        var array = event.putArray("tags");
        for (var tag : tags) {
            array.add(tag);
        }
        return this;
    }

    ObjectNode json() {
        return event.deepCopy();
    }
}
