package org.openluna.localstack;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/** Verifiers made and run as a client does, and the parts of their answers tests read. */
final class Verifying {
    private Verifying() {}

    /** Policies of a verifier with this threshold and these other policies. */
    static Map<String, Object> policies(double threshold, Map<String, Object> others) {
        var policies = new LinkedHashMap<String, Object>();
        policies.put("verification_threshold", threshold);
        policies.putAll(others);
        return policies;
    }

    static String createVerifier(Api client, String description, Map<String, Object> policies) {
        return client.postJson("/6/verifiers", Map.of("description", description, "policies", policies)).assertStatus(201).text("verifier_id");
    }

    /** Storage of both samples and attributes, so a refusal that stored anything would show. */
    static Map<String, Object> storingAll() {
        return Map.of("storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 1),
                "attribute_policy", Map.of("store_attribute", 1)));
    }

    static Api.Reply verifyPhoto(Api client, String verifierId, String query, Asset photo) {
        return client.post("/6/verifiers/" + verifierId + "/verifications?" + query, "image/jpeg", DetectorTest.photo(photo));
    }

    /** The face detections of the only image of an answer, from left to right. */
    static List<JsonNode> facesFromLeft(Api.Reply reply) {
        var images = reply.assertStatus(201).json().get("images");
        var image = images.get(0);
        var faces = new java.util.ArrayList<JsonNode>();
        image.get("detections").get("face_detections").forEach(faces::add);
        faces.sort(Comparator.comparingInt(f -> f.get("sample").get("face").get("rect").get("x").asInt()));
        return faces;
    }

    /** The verification of a face against one target, by the target's id. */
    static JsonNode against(JsonNode face, String field, String id) {
        for (var verification : face.get("verifications")) {
            var target = verification.get(field);
            if (target != null && target.get(field + "_id").asString().equals(id)) {
                return verification;
            }
        }
        throw new AssertionError("no verification against " + field + " " + id + " in " + face);
    }
}
