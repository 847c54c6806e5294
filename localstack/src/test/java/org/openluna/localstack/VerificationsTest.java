package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Verifying.against;
import static org.openluna.localstack.Verifying.createVerifier;
import static org.openluna.localstack.Verifying.facesFromLeft;
import static org.openluna.localstack.Verifying.policies;
import static org.openluna.localstack.Verifying.verifyPhoto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/verifiers/{verifier_id}/verifications} and {@code .../raw} over HTTP with the real
 * models: the woman of sample3 (middle) against her face from sample1 (right) and another person.
 */
@ExtendWith(RunningStack.class)
class VerificationsTest {

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    /** A JPEG that starts right and cannot be decoded, as {@code DetectorTest} makes one. */
    private static byte[] corrupt() {
        var corrupt = DetectorTest.photo(Asset.PHOTO_1).clone();
        java.util.Arrays.fill(corrupt, 200, corrupt.length, (byte) 0x55);
        return java.util.Arrays.copyOf(corrupt, 4000);
    }

    @Test
    void theWomanOfSample3PassesAgainstHerFaceFromSample1AndEveryOtherPairFails(Api api, RunningStack.Started stack) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var verifierId = createVerifier(client, "door", policies(0.5, Map.of()));
        int samplesBefore = StoredSamples.faceSamplesOf(stack, people.account().id());

        var reply = verifyPhoto(client, verifierId, "face_ids=" + people.womanFaceId() + "," + people.otherFaceId(), Asset.PHOTO_3);

        var image = reply.assertStatus(201).json().get("images").get(0);
        assertThat(names(image)).containsExactly("error", "status", "filename", "detections");
        assertThat(image.get("status").asInt()).isEqualTo(1);
        assertThat(image.get("error").get("error_code").asInt()).isZero();
        var faces = facesFromLeft(reply);
        assertThat(faces).hasSize(3);
        var middle = faces.get(1);
        assertThat(names(middle)).containsExactly("verifications", "face_attributes", "sample");
        var woman = middle.get("verifications").get(0);
        assertThat(names(woman)).containsExactly("similarity", "status", "face");
        assertThat(woman.get("face").toString()).isEqualTo("{\"face_id\":\"" + people.womanFaceId() + "\"}");
        assertThat(woman.get("similarity").asDouble()).isGreaterThan(0.5);
        assertThat(woman.get("status").asBoolean()).isTrue();
        var other = middle.get("verifications").get(1);
        assertThat(other.get("face").get("face_id").asString()).isEqualTo(people.otherFaceId());
        assertThat(other.get("status").asBoolean()).isFalse();
        for (var face : List.of(faces.get(0), faces.get(2))) {
            face.get("verifications").forEach(v -> assertThat(v.get("status").asBoolean()).as(v.toString()).isFalse());
        }
        // the verifier stores nothing by default, and says so with nulls, as the seed's second image does
        assertThat(middle.get("face_attributes").toString()).isEqualTo("{\"attribute_id\":null,\"score\":null,\"url\":null,\"samples\":[]}");
        var sample = middle.get("sample").get("face");
        assertThat(names(sample)).containsExactly("rect", "sample_id", "url");
        assertThat(sample.get("sample_id").isNull()).isTrue();
        assertThat(image.get("detections").get("filtered_detections").toString()).isEqualTo("{\"face_detections\":[]}");
        assertThat(StoredSamples.faceSamplesOf(stack, people.account().id())).isEqualTo(samplesBefore);
    }

    @Test
    void theSimilarityIsTheMatchersAndTheRawMatchersForTheSameDescriptors(Api api) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var verifierId = createVerifier(client, "storing", policies(0.5, Map.of("extract_policy", Map.of("extract_basic_attributes", 1),
                "storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 1), "attribute_policy", Map.of("store_attribute", 1, "ttl", 600)))));

        var middle = facesFromLeft(verifyPhoto(client, verifierId, "face_ids=" + people.womanFaceId(), Asset.PHOTO_3)).get(1);

        var verified = against(middle, "face", people.womanFaceId()).get("similarity").asDouble();
        var attributes = middle.get("face_attributes");
        var attributeId = attributes.get("attribute_id").asString();
        var sampleId = middle.get("sample").get("face").get("sample_id").asString();
        assertThat(attributes.get("url").asString()).isEqualTo("/6/attributes/" + attributeId);
        assertThat(attributes.get("samples").toString()).isEqualTo("[\"" + sampleId + "\"]");
        assertThat(attributes.get("basic_attributes").get("gender").asInt()).isZero();
        assertThat(attributes.get("basic_attributes").get("age").asInt()).isBetween(15, 70);
        assertThat(middle.get("sample").get("face").get("url").asString()).isEqualTo("/6/samples/faces/" + sampleId);
        client.head("/6/samples/faces/" + sampleId).assertStatus(200);
        var stored = client.get("/6/attributes/" + attributeId).assertStatus(200).json();
        assertThat(stored.get("basic_attributes").get("age").asInt()).isEqualTo(attributes.get("basic_attributes").get("age").asInt());
        var probe = stored.get("face_descriptor").asString();
        var womanDescriptor = people.descriptorOf(people.womanFaceId());

        double local = RawDescriptor.parseBase64(probe, 4242).similarityTo(RawDescriptor.parseBase64(womanDescriptor, 4242));
        var rawBody = Map.of(
                "references", List.of(Map.of("id", "probe", "type", "raw_descriptor", "data", probe, "version", 4242)),
                "candidates", List.of(Map.of("id", "woman", "type", "raw_descriptor", "data", womanDescriptor, "version", 4242)));
        var matcherRaw = client.postJson("/6/matcher/raw", rawBody).assertStatus(200).json();
        var verifierRaw = client.postJson("/6/verifiers/" + verifierId + "/raw", rawBody).assertStatus(200).json();
        var matched = Eventually.value("the matcher holds the woman's face", () -> client.postJson("/6/matcher/faces", Matching.body(
                        List.of(Matching.reference("attribute", attributeId)),
                        List.of(Matching.faces(Map.of("face_ids", List.of(people.womanFaceId())), 1)))).assertStatus(200).json(),
                answer -> Matching.result(answer).size() == 1);

        assertThat(verified).isEqualTo(local);
        assertThat(matcherRaw.get("matches").get(0).get("matches").get(0).get("similarity").asDouble()).isEqualTo(local);
        assertThat(Matching.result(matched).get(0).get("similarity").asDouble()).isEqualTo(local);
        var rawMatch = verifierRaw.get("matches").get(0);
        assertThat(rawMatch.get("reference_id").asString()).isEqualTo("probe");
        assertThat(rawMatch.get("matches").get(0).toString())
                .isEqualTo("{\"candidate_id\":\"woman\",\"similarity\":" + Json.writeString(local) + ",\"status\":true}");
    }

    @Test
    void rawVerificationJudgesEveryPairByTheThresholdBestFirstInJsonOrMsgpack(Api api) throws Exception {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var woman = people.descriptorOf(people.womanFaceId());
        var other = people.descriptorOf(people.otherFaceId());
        var strict = createVerifier(client, "strict", policies(0.999, Map.of()));
        var lenient = createVerifier(client, "lenient", policies(0.0, Map.of()));
        var body = Map.of(
                "references", List.of(Map.of("id", "woman", "type", "sdk_descriptor",
                        "data", SdkDescriptor.encodeBase64(RawDescriptor.parseBase64(woman, 4242))),
                        Map.of("id", "other", "type", "raw_descriptor", "data", other, "version", 4242)),
                "candidates", List.of(Map.of("id", "o", "type", "raw_descriptor", "data", other, "version", 4242),
                        Map.of("id", "w", "type", "raw_descriptor", "data", woman, "version", 4242)));

        var strictAnswer = client.postJson("/6/verifiers/" + strict + "/raw", body).assertStatus(200).json().get("matches");
        var lenientAnswer = client.postJson("/6/verifiers/" + lenient + "/raw", body).assertStatus(200).json().get("matches");
        var packed = client.withHeader("Accept", "application/msgpack").post("/6/verifiers/" + strict + "/raw", "application/msgpack",
                new org.msgpack.jackson.dataformat.MessagePackMapper().writeValueAsBytes(body)).assertStatus(200);

        var womanMatches = strictAnswer.get(0).get("matches");
        assertThat(womanMatches.get(0).get("candidate_id").asString()).isEqualTo("w");
        assertThat(womanMatches.get(0).get("similarity").asDouble()).isEqualTo(1.0);
        // greater than the threshold, the seed says: 1.0 passes 0.999, a similarity of another person does not
        assertThat(womanMatches.get(0).get("status").asBoolean()).isTrue();
        assertThat(womanMatches.get(1).get("status").asBoolean()).isFalse();
        assertThat(strictAnswer.get(1).get("reference_id").asString()).isEqualTo("other");
        lenientAnswer.forEach(reference -> reference.get("matches").forEach(m ->
                assertThat(m.get("status").asBoolean()).isEqualTo(m.get("similarity").asDouble() > 0)));
        assertThat(packed.header("Content-Type")).hasValue("application/msgpack");
        var unpacked = Json.tree(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                new org.msgpack.jackson.dataformat.MessagePackMapper().readTree(packed.bytes())));
        assertThat(unpacked.get("matches")).isEqualTo(strictAnswer);
    }

    @Test
    void multipartJsonFaceWarpAndDescriptorBodiesAreVerifiedAlike(Api api) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var verifierId = createVerifier(client, "bodies", policies(0.5, Map.of()));
        var path = "/6/verifiers/" + verifierId + "/verifications?face_ids=" + people.womanFaceId();
        var sample = client.get("/6/samples/faces/" + people.middleOfSample3SampleId()).assertStatus(200).bytes();

        var multipart = client.postForm(path, new MultipartForm().image("sample3.jpg", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3))
                .image("broken.jpg", "image/jpeg", corrupt())).assertStatus(201).json().get("images");
        var json = client.postJson(path, Map.of("images", List.of(Map.of("image", Base64.getEncoder().encodeToString(DetectorTest.photo(Asset.PHOTO_3)),
                "mimetype", "image/jpeg", "filename", "sample3.jpg")))).assertStatus(201).json().get("images");
        var warp = client.post(path + "&image_type=1", "image/jpeg", sample).assertStatus(201).json().get("images");
        var descriptor = SdkDescriptor.encodeBase64(RawDescriptor.parseBase64(people.descriptorOf(people.womanFaceId()), 4242));
        var byDescriptor = client.post(path, "application/x-sdk-descriptor-base64", descriptor.getBytes()).assertStatus(201).json().get("images");

        for (var answer : List.of(multipart, json)) {
            assertThat(answer.get(0).get("filename").asString()).isEqualTo("sample3.jpg");
            var faces = answer.get(0).get("detections").get("face_detections");
            assertThat(faces.size()).isEqualTo(3);
            var passed = new ArrayList<Boolean>();
            faces.forEach(face -> passed.add(face.get("verifications").get(0).get("status").asBoolean()));
            assertThat(passed).containsExactlyInAnyOrder(true, false, false);
        }
        assertThat(multipart.get(1).get("status").asInt()).isZero();
        assertThat(multipart.get(1).get("filename").asString()).isEqualTo("broken.jpg");
        assertThat(multipart.get(1).get("error").get("error_code").asInt()).isEqualTo(ErrorCode.IMAGE_DECODING_FAILED.code());
        assertThat(multipart.get(1).get("detections").isNull()).isTrue();
        // told it is a warp, the whole picture is the face
        var warped = warp.get(0).get("detections").get("face_detections");
        assertThat(warped.size()).isEqualTo(1);
        assertThat(warped.get(0).get("verifications").get(0).get("status").asBoolean()).isTrue();
        var rect = warped.get(0).get("sample").get("face").get("rect");
        assertThat(rect.get("x").asInt() + rect.get("width").asInt()).isBetween(1, 250);
        assertThat(rect.get("y").asInt() + rect.get("height").asInt()).isBetween(1, 250);
        var fromDescriptor = byDescriptor.get(0).get("detections").get("face_detections").get(0);
        assertThat(fromDescriptor.get("verifications").get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(fromDescriptor.get("verifications").get(0).get("status").asBoolean()).isTrue();
        assertThat(fromDescriptor.get("sample").isNull()).isTrue();
    }

    @Test
    void attributesAndExternalIdsAreVerifiedAgainstTooEachNamedInItsOwnWay(Api api) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var verifierId = createVerifier(client, "references", policies(0.5, Map.of()));

        var middle = facesFromLeft(verifyPhoto(client, verifierId, "attribute_ids=" + people.womanAttributeId() + "," + people.otherAttributeId()
                + "&external_ids=" + VerifierFaces.WOMAN_EXTERNAL_ID + "&face_ids=" + people.womanFaceId(), Asset.PHOTO_3)).get(1);

        // the face named twice, by id and by external id, is compared once
        assertThat(middle.get("verifications").size()).isEqualTo(3);
        var byAttribute = against(middle, "attribute", people.womanAttributeId());
        assertThat(names(byAttribute)).containsExactly("similarity", "status", "attribute");
        assertThat(byAttribute.get("status").asBoolean()).isTrue();
        // the face was made of that attribute, so both hold the same descriptor
        assertThat(against(middle, "face", people.womanFaceId()).get("similarity").asDouble())
                .isEqualTo(byAttribute.get("similarity").asDouble());
        assertThat(against(middle, "attribute", people.otherAttributeId()).get("status").asBoolean()).isFalse();
        var similarities = new ArrayList<Double>();
        middle.get("verifications").forEach(v -> similarities.add(v.get("similarity").asDouble()));
        assertThat(similarities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theDetectPolicyDecidesWhatEachSampleShowsAndWhichFacesAreFilteredOrKept(Api api, RunningStack.Started stack) {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var everything = createVerifier(client, "everything", policies(0.5, Map.of("detect_policy", Map.of("estimate_head_pose", 1,
                "estimate_emotions", 1, "estimate_quality", 1, "estimate_eyes_attributes", 1, "detect_landmarks68", 1,
                "estimate_liveness", Map.of("estimate", 1, "liveness_threshold", 0.0)))));
        var turnedAway = createVerifier(client, "frontal only", policies(0.5, Map.of("detect_policy", Map.of("yaw_threshold", 0),
                "storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 1)))));
        var best = createVerifier(client, "one face", policies(0.5, Map.of("detect_policy", Map.of("multiface_policy", 0))));
        var noneReal = createVerifier(client, "no one real", policies(0.5, Map.of("detect_policy", Map.of("liveness_states", List.of(1),
                "estimate_liveness", Map.of("estimate", 0, "liveness_threshold", 1.0)))));
        var query = "face_ids=" + people.womanFaceId();
        int samplesBefore = StoredSamples.faceSamplesOf(stack, people.account().id());

        var shown = facesFromLeft(verifyPhoto(client, everything, query, Asset.PHOTO_3)).get(1).get("sample").get("face");
        var filtered = verifyPhoto(client, turnedAway, query, Asset.PHOTO_3).assertStatus(201).json().get("images").get(0).get("detections");
        var one = facesFromLeft(verifyPhoto(client, best, query, Asset.PHOTO_3));
        var unreal = verifyPhoto(client, noneReal, query, Asset.PHOTO_3).assertStatus(201).json().get("images").get(0).get("detections");

        assertThat(names(shown)).containsExactly("rect", "sample_id", "url", "attributes", "quality", "landmarks5", "landmarks68");
        assertThat(names(shown.get("attributes"))).containsExactlyInAnyOrder("eyes_attributes", "head_pose", "emotions", "liveness");
        // a liveness threshold of 0 calls every face real
        assertThat(shown.get("attributes").get("liveness").get("prediction").asString()).isEqualTo("real");
        assertThat(shown.get("landmarks5").size()).isEqualTo(5);
        assertThat(shown.get("landmarks68").size()).isEqualTo(68);
        assertThat(filtered.get("face_detections").size()).isZero();
        var filteredFaces = filtered.get("filtered_detections").get("face_detections");
        assertThat(filteredFaces.size()).isEqualTo(3);
        filteredFaces.forEach(f -> assertThat(f.get("filter_reasons").get(0).get("filter_name").asString()).isEqualTo("yaw_threshold"));
        // a filtered face is never stored, though the verifier stores samples
        assertThat(StoredSamples.faceSamplesOf(stack, people.account().id())).isEqualTo(samplesBefore);
        assertThat(one).hasSize(1);
        assertThat(unreal.get("face_detections").size()).isZero();
        var reason = unreal.get("filtered_detections").get("face_detections").get(0).get("filter_reasons").get(0);
        assertThat(reason.toString()).isEqualTo("{\"filter_name\":\"liveness_states\",\"object_value\":0,\"threshold_value\":[1]}");
    }
}
