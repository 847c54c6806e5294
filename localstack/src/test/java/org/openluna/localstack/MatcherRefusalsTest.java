package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Matching.body;
import static org.openluna.localstack.Matching.descriptorReference;
import static org.openluna.localstack.Matching.faceWith;
import static org.openluna.localstack.Matching.faces;
import static org.openluna.localstack.Matching.reference;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.descriptors.SdkDescriptor;

/**
 * What {@code /6/matcher} refuses, and what another account reaches through it: nothing. Every refused
 * request answers the catalogue's error and its status.
 */
@ExtendWith(RunningStack.class)
class MatcherRefusalsTest {

    @Test
    void anotherAccountsReferencesAreNotFoundAndItsListsAndFacesAreNoCandidates(Api api) {
        var owner = api.newAccount("user").withToken();
        var stranger = api.newAccount("user").withToken();
        var ownList = ListsTest.createList(owner, "own");
        var descriptor = AttributesTest.descriptor(9600);
        var ownFace = faceWith(owner, descriptor, List.of(ownList), "own");
        var ownAttribute = owner.postJson("/6/attributes", Map.of("face_descriptors",
                List.of(Map.of("descriptor", org.openluna.shared.descriptors.RawDescriptor.encodeBase64(descriptor), "version", 4242))))
                .assertStatus(201).text("attribute_id");
        owner.patchJson("/6/faces/" + ownFace, Map.of("external_id", "owned")).assertStatus(204);
        Eventually.value("the owner's face reaches the matcher", () -> Matching.found(owner, descriptor, Map.of(), 3), ids -> ids.contains(ownFace));
        var sample = owner.post("/6/detector", "image/jpeg", DetectorTest.photo(GroupPhotoFaces.PHOTOS.getFirst())).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples").get(0).get("face").get("sample_id").asString();
        var everyFace = faces(Map.of(), 10);

        stranger.postJson("/6/matcher/faces", body(List.of(reference("face", ownFace)), List.of(everyFace))).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.postJson("/6/matcher/faces", body(List.of(reference("attribute", ownAttribute)), List.of(everyFace)))
                .assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        stranger.postJson("/6/matcher/faces", body(List.of(reference("sample", sample)), List.of(everyFace))).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        stranger.postJson("/6/matcher/faces", body(List.of(reference("face_external_id", "owned")), List.of(everyFace)))
                .assertError(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND);
        var strangerReference = descriptorReference("same descriptor", descriptor);
        for (var candidates : List.of(everyFace, faces(Map.of("list_id", ownList), 10), faces(Map.of("face_ids", List.of(ownFace)), 10),
                faces(Map.of("external_ids", List.of("owned")), 10),
                Map.<String, Object>of("filters", Map.of("origin", "attributes", "attribute_ids", List.of(ownAttribute))))) {
            var answer = stranger.postJson("/6/matcher/faces", body(List.of(strangerReference), List.of(candidates))).assertStatus(200).json();
            assertThat(Matching.result(answer).size()).as("candidates %s", candidates).isZero();
        }
        // what the owner reaches the same way, so the empty answers above are the stranger's alone
        var ownAnswer = owner.postJson("/6/matcher/faces", body(List.of(reference("face_external_id", "owned"), reference("sample", sample)),
                List.of(faces(Map.of("list_id", ownList), 10), Map.of("filters", Map.of("origin", "attributes", "attribute_ids", List.of(ownAttribute))))))
                .assertStatus(200).json();
        assertThat(ownAnswer.get(0).get("reference").toString())
                .isEqualTo("{\"id\":\"owned\",\"type\":\"face_external_id\",\"face_id\":\"" + ownFace + "\"}");
        assertThat(Matching.faceIds(Matching.result(ownAnswer))).containsExactly(ownFace);
        var attributeResult = ownAnswer.get(0).get("matches").get(1).get("result").get(0);
        assertThat(attributeResult.get("attribute").get("attribute_id").asString()).isEqualTo(ownAttribute);
        assertThat(attributeResult.get("similarity").asDouble()).isEqualTo(1.0);
    }

    @Test
    void eachPartOfAMatchAsksForThePermissionOfWhatItReads(Api api) {
        var account = api.newAccount("user");
        var owner = account.withToken();
        var faceId = faceWith(owner, AttributesTest.descriptor(9700), List.of(), "f");
        var viewer = account.withToken(Map.of("face", List.of("view"), "attribute", List.of("view", "matching")));
        var faceMatcher = account.withToken(Map.of("face", List.of("matching")));
        var attributeCandidates = Map.<String, Object>of("filters", Map.of("origin", "attributes", "attribute_ids", List.of(faceId)));
        var given = descriptorReference("d", AttributesTest.descriptor(9701));

        viewer.postJson("/6/matcher/faces", body(List.of(given), List.of(faces(Map.of(), 3)))).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.postJson("/6/matcher/faces", body(List.of(reference("face", faceId)), List.of())).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.postJson("/6/matcher/faces", body(List.of(given), List.of(attributeCandidates))).assertStatus(200);
        faceMatcher.postJson("/6/matcher/faces", body(List.of(given), List.of(faces(Map.of(), 3)))).assertStatus(200);
        faceMatcher.postJson("/6/matcher/faces", body(List.of(given), List.of(attributeCandidates))).assertError(ErrorCode.PERMISSION_DENIED);
        faceMatcher.postJson("/6/matcher/faces", body(List.of(reference("sample", faceId)), List.of())).assertError(ErrorCode.PERMISSION_DENIED);
        new Api(api.port()).postJson("/6/matcher/faces", body(List.of(given), List.of())).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        new Api(api.port()).postJson("/6/matcher/raw", Map.of()).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        var raw = Map.of("references", List.of(Map.of("id", "r", "type", "sdk_descriptor", "data", SdkDescriptor.encodeBase64(AttributesTest.descriptor(1)))),
                "candidates", List.of(Map.of("id", "c", "type", "sdk_descriptor", "data", SdkDescriptor.encodeBase64(AttributesTest.descriptor(1)))));
        account.withToken(Map.of()).postJson("/6/matcher/raw", raw).assertStatus(200);
    }

    @Test
    void wrongRequestsAnswerTheCataloguesErrors(Api api) {
        var client = api.newAccount("user").withToken();
        var given = descriptorReference("d", AttributesTest.descriptor(9800));
        var noDescriptor = client.postJson("/6/faces", Map.of("external_id", "twice")).assertStatus(201).text("face_id");
        client.postJson("/6/faces", Map.of("external_id", "twice")).assertStatus(201);
        var foreign = Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(8 + 512).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .put(new byte[] {'d', 'p', 0, 0}).putInt(56).array());

        client.get("/6/matcher/faces").assertError(ErrorCode.METHOD_NOT_ALLOWED);
        client.post("/6/matcher/faces", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post("/6/matcher/faces", "application/json", "{".getBytes(StandardCharsets.UTF_8)).assertError(ErrorCode.BAD_JSON);
        client.post("/6/matcher/faces", "application/msgpack", new byte[] {(byte) 0xc1}).assertError(ErrorCode.BAD_MSGPACK);
        client.postJson("/6/matcher/faces", Map.of("candidates", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/matcher/faces", body(List.of(given), List.of(Map.of("filters", Map.of("origin", "faces"), "limit", 0))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/matcher/faces", body(List.of(reference("event", noDescriptor)), List.of())).assertError(ErrorCode.EVENT_NOT_FOUND);
        client.postJson("/6/matcher/faces", body(List.of(reference("event_external_id", "x")), List.of()))
                .assertError(ErrorCode.EVENT_EXTERNAL_ID_NOT_FOUND);
        client.postJson("/6/matcher/faces", body(List.of(given), List.of(Map.of("filters", Map.of("origin", "events", "gender", 3)))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/matcher/faces", body(List.of(Map.of("type", "xpk_file", "id", "x", "data", foreign)), List.of()))
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT);
        client.postJson("/6/matcher/faces", body(List.of(Map.of("type", "descriptor", "id", "x", "data", foreign)), List.of()))
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION);
        client.postJson("/6/matcher/faces", body(List.of(reference("face", noDescriptor)), List.of())).assertError(ErrorCode.NO_DESCRIPTOR_TO_MATCH);
        client.postJson("/6/matcher/faces", body(List.of(reference("face_external_id", "twice")), List.of()))
                .assertError(ErrorCode.AMBIGUOUS_FACE_EXTERNAL_ID);
        client.postJson("/6/matcher/bodies", Map.of("references", List.of(), "candidates", List.of())).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/matcher/raw", Map.of("references", List.of(), "candidates", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var answer = client.postJson("/6/matcher/faces", body(List.of(given), List.of())).assertStatus(200).json();
        assertThat(answer.toString()).isEqualTo("[{\"reference\":{\"id\":\"d\",\"type\":\"raw_descriptor\"},\"matches\":[]}]");
        assertThat(client.options("/6/matcher/raw").assertStatus(200).header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }
}
