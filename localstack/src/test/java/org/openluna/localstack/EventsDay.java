package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/**
 * The user's day with events, set up once for the tests that share it: an account, a list of the three
 * people of sample1 enrolled as a client would (detector, extractor, faces), and a handler that detects,
 * extracts age and gender, matches against that list, and stores attributes, events and faces, the faces
 * in a second list. The woman on the right of sample1 is the woman in the middle of sample3.
 */
record EventsDay(Api.Account account, Api client, String knownList, String seenList, String handlerId, List<String> people) {
    static final String LABEL = "known";
    static final String TAG = "known person";

    String woman() {
        return people.get(2);
    }

    static EventsDay start(Api api) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var known = ListsTest.createList(client, "known people");
        var seen = ListsTest.createList(client, "seen by the door");
        var people = enrol(client, known, Asset.PHOTO_1, "sample1 face ");
        assertThat(people).hasSize(3);
        var handler = client.postJson("/6/handlers", Map.of("description", "door 3", "policies", policies(known, seen)))
                .assertStatus(201).text("handler_id");
        // the matcher hears of the faces through the table's stream, a moment after they are written
        Eventually.value("the matcher holds the three people", () -> Matching.found(client,
                        descriptorOf(client, people.get(2)), Map.of("list_id", known), 3),
                found -> found.size() == 3);
        return new EventsDay(account, client, known, seen, handler, people);
    }

    static Map<String, Object> policies(String knownList, String seenList) {
        return Map.of(
                "extract_policy", Map.of("extract_basic_attributes", 1),
                "match_policy", List.of(Map.of("label", LABEL, "candidates", Map.of("origin", "faces", "list_id", knownList), "limit", 3)),
                "storage_policy", Map.of(
                        "attribute_policy", Map.of("store_attribute", 1, "ttl", 3600),
                        "face_policy", Map.of("store_face", 1, "link_to_lists_policy", List.of(Map.of("list_id", seenList)))),
                "conditional_tags_policy", List.of(Map.of("tag", TAG,
                        "filters", Map.of("match", List.of(Map.of("label", LABEL, "similarity__gte", 0.5))))));
    }

    /** The faces of a photo enrolled in the list, from the left, with user data {@code prefix + place}. */
    static List<String> enrol(Api client, String listId, Asset photo, String prefix) {
        var samples = new ArrayList<JsonNode>();
        client.post("/6/detector", "image/jpeg", DetectorTest.photo(photo)).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples").forEach(s -> samples.add(s.get("face")));
        samples.sort(Comparator.comparingInt(s -> s.get("detection").get("rect").get("x").asInt()));
        var sampleIds = samples.stream().map(s -> s.get("sample_id").asString()).toList();
        var attributes = client.postJson("/6/extractor", sampleIds).assertStatus(201).json();
        var faces = new ArrayList<String>();
        for (int i = 0; i < sampleIds.size(); i++) {
            faces.add(client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attributes.get(i).get("attribute_id").asString()),
                    "user_data", prefix + i, "lists", List.of(listId))).assertStatus(201).text("face_id"));
        }
        return faces;
    }

    static org.openluna.shared.descriptors.Descriptor descriptorOf(Api client, String faceId) {
        var raw = client.get("/6/faces/" + faceId + "/attributes").assertStatus(200).json()
                .get("attributes").get("face_descriptor").get("descriptor").asString();
        return org.openluna.shared.descriptors.RawDescriptor.parseBase64(raw, 4242);
    }
}
