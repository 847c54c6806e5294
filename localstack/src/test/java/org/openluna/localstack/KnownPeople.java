package org.openluna.localstack;

import java.util.List;
import java.util.Map;
import org.openluna.inference.models.Asset;

/**
 * sample1's three people enrolled as faces of a list of their own (left to right), once the matcher
 * holds them, and a handler whose events are matched against that list (label {@code known}, the top
 * candidate only).
 */
record KnownPeople(String listId, List<String> faces, String handler) {

    static KnownPeople enrol(Api client) {
        var known = ListsTest.createList(client, "known");
        var faces = EventsDay.enrol(client, known, Asset.PHOTO_1, "sample1 face ");
        Eventually.value("the matcher holds the three people", () -> Matching.found(client,
                EventsDay.descriptorOf(client, faces.get(2)), Map.of("list_id", known), 3), found -> found.size() == 3);
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of(
                "match_policy", List.of(Map.of("label", "known", "candidates", Map.of("origin", "faces", "list_id", known), "limit", 1)))))
                .assertStatus(201).text("handler_id");
        return new KnownPeople(known, faces, handler);
    }
}
