package org.openluna.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import tools.jackson.databind.JsonNode;

/** Bodies of {@code /6/matcher/faces} and the parts of its answers that tests read. */
final class Matching {
    private Matching() {}

    static Map<String, Object> reference(String type, String id) {
        return Map.of("type", type, "id", id);
    }

    /** Faces as candidates, with these filters besides the origin. */
    static Map<String, Object> faces(Map<String, Object> filters, int limit) {
        var all = new LinkedHashMap<String, Object>();
        all.put("origin", "faces");
        all.putAll(filters);
        return Map.of("filters", all, "limit", limit);
    }

    static Map<String, Object> body(List<Map<String, Object>> references, List<Map<String, Object>> candidates) {
        return Map.of("references", references, "candidates", candidates);
    }

    /** The answer to one reference matched with one candidate set. */
    static JsonNode match(Api client, Map<String, Object> reference, Map<String, Object> candidates) {
        return client.postJson("/6/matcher/faces", body(List.of(reference), List.of(candidates))).assertStatus(200).json();
    }

    /** The result of the first reference in the first candidate set. */
    static JsonNode result(JsonNode answer) {
        return answer.get(0).get("matches").get(0).get("result");
    }

    static List<String> faceIds(JsonNode result) {
        var ids = new ArrayList<String>();
        result.forEach(item -> ids.add(item.get("face").get("face_id").asString()));
        return ids;
    }

    /** The ids of the faces a descriptor finds among every face of the client's account. */
    static List<String> found(Api client, Descriptor descriptor, Map<String, Object> filters, int limit) {
        return faceIds(result(match(client, descriptorReference("q", descriptor), faces(filters, limit))));
    }

    static Map<String, Object> descriptorReference(String id, Descriptor descriptor) {
        return Map.of("type", "raw_descriptor", "id", id, "data", RawDescriptor.encodeBase64(descriptor), "version", 4242);
    }

    /** A face of the client's account with exactly this descriptor, in the given lists. */
    static String faceWith(Api client, Descriptor descriptor, List<String> lists, String userData) {
        var body = new LinkedHashMap<String, Object>();
        body.put("attribute", Map.of("face_descriptors", List.of(Map.of("descriptor", RawDescriptor.encodeBase64(descriptor), "version", 4242))));
        body.put("user_data", userData);
        if (!lists.isEmpty()) {
            body.put("lists", lists);
        }
        return client.postJson("/6/faces", body).assertStatus(201).text("face_id");
    }
}
