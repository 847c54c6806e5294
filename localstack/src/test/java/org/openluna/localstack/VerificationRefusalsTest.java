package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Verifying.createVerifier;
import static org.openluna.localstack.Verifying.policies;
import static org.openluna.localstack.Verifying.storingAll;
import static org.openluna.localstack.Verifying.verifyPhoto;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;

/**
 * What verifications refuse, and that a refusal stores nothing: the verifier's storage policy keeps
 * samples and attributes, so a request refused after any image was looked at would show in the stores.
 */
@ExtendWith(RunningStack.class)
class VerificationRefusalsTest {

    /** What an account holds that a verification could have added. */
    private record Held(int samples, int attributes) {
        static Held of(RunningStack.Started stack, String accountId) {
            try (var attributes = new StoredAttributes(stack)) {
                return new Held(StoredSamples.faceSamplesOf(stack, accountId), attributes.count(accountId));
            }
        }
    }

    @Test
    void everyWrongVerificationIsRefusedWithItsErrorAndStoresNothing(Api api, RunningStack.Started stack) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var verifierId = createVerifier(client, "storing", policies(0.5, storingAll()));
        var bare = client.postJson("/6/faces", Map.of("user_data", "no descriptor")).assertStatus(201).text("face_id");
        var unknown = UUID.randomUUID().toString();
        var before = Held.of(stack, people.account().id());
        var path = "/6/verifiers/" + verifierId + "/verifications";

        verifyPhoto(client, UUID.randomUUID().toString(), "face_ids=" + people.womanFaceId(), Asset.PHOTO_3)
                .assertError(ErrorCode.VERIFIER_NOT_FOUND);
        assertThat(verifyPhoto(client, verifierId, "face_ids=" + unknown, Asset.PHOTO_3).assertError(ErrorCode.FACE_NOT_FOUND).text("detail"))
                .isEqualTo("Face with id '" + unknown + "' not found");
        verifyPhoto(client, verifierId, "face_ids=" + people.womanFaceId() + "&attribute_ids=" + unknown, Asset.PHOTO_3)
                .assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        verifyPhoto(client, verifierId, "external_ids=nobody-has-this", Asset.PHOTO_3).assertError(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND);
        verifyPhoto(client, verifierId, "face_ids=" + bare, Asset.PHOTO_3).assertError(ErrorCode.NO_DESCRIPTOR_TO_MATCH);
        assertThat(verifyPhoto(client, verifierId, "event_ids=" + unknown, Asset.PHOTO_3).assertError(ErrorCode.EVENT_NOT_FOUND)
                .text("detail")).isEqualTo("Event with id '" + unknown + "' not found");
        verifyPhoto(client, verifierId, "", Asset.PHOTO_3).assertError(ErrorCode.REQUIRED_QUERY_PARAMETER);
        verifyPhoto(client, verifierId, "face_ids=not-an-id", Asset.PHOTO_3).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        verifyPhoto(client, verifierId, "face_ids=" + people.womanFaceId() + "&image_type=2", Asset.PHOTO_3)
                .assertError(ErrorCode.BAD_QUERY_PARAMETER);
        var query = "?face_ids=" + people.womanFaceId();
        client.post(path + query, "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post(path + query, "image/jpeg", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        client.post(path + query, "application/x-sdk-descriptor", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        client.post(path + query, "application/x-vl-xpk", new byte[] {1, 2, 3}).assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT);
        client.post(path + query, "application/x-sdk-descriptor", new byte[] {1, 2, 3}).assertError(ErrorCode.BAD_DESCRIPTOR);
        client.postJson(path + query, Map.of("images", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/verifiers/" + verifierId + "/raw", Map.of("references", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/verifiers/" + UUID.randomUUID() + "/raw", Map.of()).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        client.post(path.replace(verifierId, "nope") + query, "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.BAD_PATH_ID);

        assertThat(Held.of(stack, people.account().id())).isEqualTo(before);
    }

    @Test
    void aBadPolicyIsRefusedWithItsPathAndChangesNoVerifier(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var verifierId = createVerifier(client, "kept", policies(0.5, Map.of()));
        var path = "/6/verifiers/" + verifierId;
        var before = client.get(path).json();

        for (var write : List.<java.util.function.Function<Map<String, Object>, Api.Reply>>of(
                body -> client.postJson("/6/verifiers", body), body -> client.putJson(path, body))) {
            assertThat(write.apply(Map.of("policies", Map.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED).text("detail"))
                    .isEqualTo("Failed to validate input json. Path: 'policies.verification_threshold', message: 'field required'");
            write.apply(Map.of("description", "no policies")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("policies", policies(2, Map.of()))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(write.apply(Map.of("policies", policies(0.5, Map.of("match_policy", List.of()))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED).text("detail"))
                    .isEqualTo("Failed to validate input json. Path: 'policies.match_policy', message: 'extra fields not permitted'");
            write.apply(Map.of("policies", policies(0.5, Map.of("detect_policy", Map.of("detect_face", 1)))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("policies", policies(0.5, Map.of("storage_policy", Map.of("face_sample_policy", Map.of("ttl", 8))))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("policies", policies(0.5, Map.of()), "handler_type", 0)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("description", "d".repeat(129), "policies", policies(0.5, Map.of()))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("policies", policies(0.5, Map.of("detect_policy", Map.of("estimate_glasses", 1)))))
                    .assertError(ErrorCode.FEATURE_UNAVAILABLE);
            write.apply(Map.of("policies", policies(0.5, Map.of("extract_policy", Map.of("fd_score_threshold", 0.5)))))
                    .assertError(ErrorCode.FEATURE_UNAVAILABLE);
            assertThat(write.apply(Map.of("policies", policies(0.5, Map.of("detect_policy", Map.of("face_quality", Map.of("estimate", 1,
                    "checks", Map.of("gaze_yaw", Map.of("estimate", 1))))))))
                    .assertError(ErrorCode.FEATURE_UNAVAILABLE).text("detail"))
                    .isEqualTo("Feature 'policies.detect_policy.face_quality.checks.gaze_yaw' is not available on this platform");
        }
        client.post("/6/verifiers", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post("/6/verifiers", "application/json", "{".getBytes()).assertError(ErrorCode.BAD_JSON);
        client.send("POST", "/6/verifiers", "application/json", java.net.http.HttpRequest.BodyPublishers.noBody()).assertError(ErrorCode.EMPTY_BODY);

        assertThat(client.get(path).json()).isEqualTo(before);
        try (var stored = new StoredVerifiers(stack)) {
            assertThat(stored.count(account.id())).isEqualTo(1);
        }
    }

    @Test
    void anotherAccountsFacesAttributesAndExternalIdsAreAsUnknownAsMissingOnesAndNothingIsStored(Api api, RunningStack.Started stack) {
        var people = VerifierFaces.of(api);
        var strangerAccount = api.newAccount("user");
        var stranger = strangerAccount.withToken();
        var verifierId = createVerifier(stranger, "stranger's", policies(0.5, storingAll()));
        var before = Held.of(stack, strangerAccount.id());
        var ownersBefore = Held.of(stack, people.account().id());

        assertThat(verifyPhoto(stranger, verifierId, "face_ids=" + people.womanFaceId(), Asset.PHOTO_3).assertError(ErrorCode.FACE_NOT_FOUND)
                .text("detail")).isEqualTo("Face with id '" + people.womanFaceId() + "' not found");
        verifyPhoto(stranger, verifierId, "attribute_ids=" + people.womanAttributeId(), Asset.PHOTO_3).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        verifyPhoto(stranger, verifierId, "external_ids=" + VerifierFaces.WOMAN_EXTERNAL_ID, Asset.PHOTO_3)
                .assertError(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND);
        // nor can the owner run the stranger's verifier on the owner's own faces
        verifyPhoto(people.client(), verifierId, "face_ids=" + people.womanFaceId(), Asset.PHOTO_3).assertError(ErrorCode.VERIFIER_NOT_FOUND);

        assertThat(Held.of(stack, strangerAccount.id())).isEqualTo(before);
        assertThat(Held.of(stack, people.account().id())).isEqualTo(ownersBefore);
    }

    @Test
    void verificationsNeedTheTokensVerifyPermissionForThisVerifierAndMatchingOfWhatTheyName(Api api) {
        var people = VerifierFaces.of(api);
        var account = people.account();
        var verifierId = createVerifier(people.client(), "guarded", policies(0.5, Map.of()));
        var otherVerifier = createVerifier(people.client(), "other", policies(0.5, Map.of()));
        var faces = Map.<String, Object>of("face", List.of("matching"), "attribute", List.of("matching"));
        var raw = Map.of("references", List.of(Map.of("id", "w", "type", "raw_descriptor", "data", people.descriptorOf(people.womanFaceId()),
                "version", 4242)), "candidates", List.of(Map.of("id", "o", "type", "raw_descriptor",
                "data", people.descriptorOf(people.otherFaceId()), "version", 4242)));
        var query = "face_ids=" + people.womanFaceId();

        var noVerify = account.withToken(faces);
        var whiteListed = account.withToken(with(faces, Map.of("allowed", 1, "white_list", List.of(otherVerifier))));
        var blackListed = account.withToken(with(faces, Map.of("allowed", 1, "black_list", List.of(verifierId))));
        var verifyOnly = account.withToken(Map.of("verify", Map.of("allowed", 1)));
        var allowed = account.withToken(with(faces, Map.of("allowed", 1, "white_list", List.of(verifierId))));

        for (var refused : List.of(noVerify, whiteListed, blackListed)) {
            assertThat(verifyPhoto(refused, verifierId, query, Asset.PHOTO_3).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                    .isEqualTo("Permission 'verify' on 'verifier " + verifierId + "' is required");
            refused.postJson("/6/verifiers/" + verifierId + "/raw", raw).assertError(ErrorCode.PERMISSION_DENIED);
        }
        // a token that may not run a verifier cannot tell one that exists from one that does not
        noVerify.postJson("/6/verifiers/" + UUID.randomUUID() + "/raw", raw).assertError(ErrorCode.PERMISSION_DENIED);
        whiteListed.postJson("/6/verifiers/" + UUID.randomUUID() + "/raw", raw).assertError(ErrorCode.PERMISSION_DENIED);
        blackListed.postJson("/6/verifiers/" + UUID.randomUUID() + "/raw", raw).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        assertThat(verifyPhoto(verifyOnly, verifierId, query, Asset.PHOTO_3).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'matching' on 'face' is required");
        verifyOnly.postJson("/6/verifiers/" + verifierId + "/raw", raw).assertStatus(200);
        verifyOnly.get("/6/verifiers/" + verifierId).assertError(ErrorCode.PERMISSION_DENIED);
        whiteListed.postJson("/6/verifiers/" + otherVerifier + "/raw", raw).assertStatus(200);
        assertThat(Verifying.facesFromLeft(verifyPhoto(allowed, verifierId, query, Asset.PHOTO_3))).hasSize(3);
    }

    private static Map<String, Object> with(Map<String, Object> permissions, Map<String, Object> verify) {
        var all = new java.util.LinkedHashMap<>(permissions);
        all.put("verify", verify);
        return all;
    }
}
