package org.openluna.localstack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/**
 * The people the verifier tests verify against, enrolled once per test run as a client would: the
 * smiling woman on the right of sample1 and the person on its left, each through {@code /6/detector},
 * {@code /6/extractor} (attributes kept a day) and {@code /6/faces} with an external id; and the
 * sample of the woman in the middle of sample3, her other photo (MODELS.md: cosine about 0.63 to her
 * sample1 face, other pairs below 0.40).
 */
record VerifierFaces(Api.Account account, Api client, String womanFaceId, String otherFaceId, String womanAttributeId,
                     String otherAttributeId, String middleOfSample3SampleId) {
    static final String WOMAN_EXTERNAL_ID = "sample1-right";
    static final String OTHER_EXTERNAL_ID = "sample1-left";
    private static VerifierFaces enrolled;

    static synchronized VerifierFaces of(Api api) {
        if (enrolled == null) {
            var account = api.newAccount("user");
            var client = account.withToken();
            var sample1 = samplesFromLeft(client, Asset.PHOTO_1);
            var attributes = client.postJson("/6/extractor?ttl=86400", List.of(sample1.getLast(), sample1.getFirst())).assertStatus(201).json();
            var womanAttribute = attributes.get(0).get("attribute_id").asString();
            var otherAttribute = attributes.get(1).get("attribute_id").asString();
            var woman = face(client, womanAttribute, WOMAN_EXTERNAL_ID);
            var other = face(client, otherAttribute, OTHER_EXTERNAL_ID);
            var sample3 = samplesFromLeft(client, Asset.PHOTO_3);
            enrolled = new VerifierFaces(account, client, woman, other, womanAttribute, otherAttribute, sample3.get(1));
        }
        return enrolled;
    }

    private static List<String> samplesFromLeft(Api client, Asset photo) {
        var faces = new ArrayList<JsonNode>();
        client.post("/6/detector", "image/jpeg", DetectorTest.photo(photo)).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples").forEach(s -> faces.add(s.get("face")));
        faces.sort(Comparator.comparingInt(f -> f.get("detection").get("rect").get("x").asInt()));
        return faces.stream().map(f -> f.get("sample_id").asString()).toList();
    }

    private static String face(Api client, String attributeId, String externalId) {
        return client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attributeId), "external_id", externalId,
                "user_data", externalId)).assertStatus(201).text("face_id");
    }

    /** The descriptor of a face, raw bytes in base64, as {@code /6/faces/{face_id}/attributes} shows it. */
    String descriptorOf(String faceId) {
        return client.get("/6/faces/" + faceId + "/attributes").assertStatus(200).json()
                .get("attributes").get("face_descriptor").get("descriptor").asString();
    }
}
