package org.openluna.shared.subscriptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.QueryParams;
import tools.jackson.databind.node.ObjectNode;

/**
 * The websocket messages the seeds print, as JSON: the Sender's (S1:39-919) and the API's /6/ws
 * (l.13779-14785), converted from the ReDoc dump without changing a value.
 */
final class SeedEvents {
    private SeedEvents() {}

    /** Sender example: source "3rd Avenue", tags tag1+tag2, matches "good guys" 0.5 and "bad guys" 0.3, age 50, gender 0, asian, aggregate spoof / medical_mask / surprise. */
    static ObjectNode sender() {
        return load("/events/sender-example.json");
    }

    /** API example: stream a778c4a5-..., age 31, gender 1, african_american, spoof, deepfake fake, occluded mask, neutral, body attributes. */
    static ObjectNode api() {
        return load("/events/api-ws-example.json");
    }

    static ObjectNode event(ObjectNode message) {
        return (ObjectNode) message.get("event");
    }

    /** A query string as a client writes it, e.g. {@code "tags=tag1,tag2&gender=0"}. */
    static QueryParams query(String raw) {
        var values = new LinkedHashMap<String, List<String>>();
        for (var pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            var name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            var value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return QueryParams.of(values);
    }

    static EventFilter filter(String raw) {
        return EventFilters.parse(query(raw));
    }

    private static ObjectNode load(String resource) {
        try (var in = SeedEvents.class.getResourceAsStream(resource)) {
            return (ObjectNode) Json.tree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
