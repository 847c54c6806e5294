package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** {@code /6/attributes} over HTTP: temporary attributes from external data, per account, until their ttl. */
@ExtendWith(RunningStack.class)
class AttributesTest {
    private static final String SAMPLE_A = "ee4c42b6-23ae-410e-a2aa-a4220e64ba4b";
    private static final String SAMPLE_B = "e909cfbe-29d3-44ed-a949-6cb700b89eba";

    static Descriptor descriptor(long seed) {
        var random = new Random(seed);
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static Map<String, Object> basic(int age, int gender, int ethnicity) {
        return Map.of("age", age, "gender", gender, "ethnicity", ethnicity);
    }

    private static Map<String, Object> fullBody(Descriptor descriptor) {
        var body = new LinkedHashMap<String, Object>();
        body.put("face_descriptors", List.of(Map.of("descriptor", RawDescriptor.encodeBase64(descriptor), "version", 4242)));
        body.put("face_descriptor_samples", List.of(SAMPLE_A, SAMPLE_B));
        body.put("basic_attributes", basic(29, 0, 4));
        body.put("basic_attributes_samples", List.of(SAMPLE_B));
        return body;
    }

    @Test
    void anAttributeIsCreatedReadCheckedListedAndDeleted(Api api) {
        var account = api.newAccount("user");
        var descriptor = descriptor(1);
        var created = account.api().postJson("/6/attributes", fullBody(descriptor)).assertStatus(201);
        var id = created.text("attribute_id");
        assertThat(created.text("url")).isEqualTo("/6/attributes/" + id);

        var got = account.api().get("/6/attributes/" + id).assertStatus(200).json();
        assertThat(got.get("attribute_id").asString()).isEqualTo(id);
        assertThat(got.get("account_id").asString()).isEqualTo(account.id());
        assertThat(Instant.parse(got.get("create_time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(got.get("face_descriptor").asString()).isEqualTo(RawDescriptor.encodeBase64(descriptor));
        assertThat(got.get("face_descriptor_samples").toString()).isEqualTo("[\"" + SAMPLE_A + "\",\"" + SAMPLE_B + "\"]");
        assertThat(got.get("basic_attributes").toString()).isEqualTo("{\"age\":29,\"gender\":0,\"ethnicity\":4}");
        assertThat(got.get("basic_attributes_samples").toString()).isEqualTo("[\"" + SAMPLE_B + "\"]");

        var narrowed = account.api().get("/6/attributes/" + id + "?targets=basic_attributes,account_id&descriptor_version=4242").assertStatus(200).json();
        assertThat(narrowed.propertyNames()).containsExactlyInAnyOrder("basic_attributes", "account_id");
        account.api().head("/6/attributes/" + id).assertStatus(200);
        var samples = account.api().get("/6/attributes/" + id + "/samples").assertStatus(200).json();
        assertThat(samples.toString()).isEqualTo("{\"samples\":[\"" + SAMPLE_A + "\",\"" + SAMPLE_B + "\"]}");

        var unknown = UUID.randomUUID();
        var listed = account.api().get("/6/attributes?attribute_ids=" + unknown + "," + id).assertStatus(200).json().get("attributes");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("attribute_id").asString()).isEqualTo(id);

        account.api().delete("/6/attributes/" + id).assertStatus(204);
        account.api().get("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        account.api().head("/6/attributes/" + id).assertStatus(404);
        account.api().get("/6/attributes/" + id + "/samples").assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        account.api().delete("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        assertThat(account.api().get("/6/attributes?attribute_ids=" + id).json().get("attributes").size()).isZero();
    }

    @Test
    void anSdkDescriptorIsStoredAsSentAndReadBackRaw(Api api) {
        var account = api.newAccount("user");
        var descriptor = descriptor(2);
        var id = account.api().postJson("/6/attributes", Map.of("face_descriptors", List.of(SdkDescriptor.encodeBase64(descriptor))))
                .assertStatus(201).text("attribute_id");

        var got = account.api().get("/6/attributes/" + id).assertStatus(200).json();
        assertThat(Descriptor.fromInt8(Base64.getDecoder().decode(got.get("face_descriptor").asString()))).isEqualTo(descriptor);
        assertThat(got.get("basic_attributes").isNull()).isTrue();
        assertThat(got.get("basic_attributes_samples").size()).isZero();
    }

    @Test
    void severalIdsAreListedInTheOrderAskedWhetherCommaSeparatedOrRepeated(Api api) {
        var account = api.newAccount("user");
        var first = account.api().postJson("/6/attributes", Map.of("basic_attributes", basic(20, 1, 1))).text("attribute_id");
        var second = account.api().postJson("/6/attributes", Map.of("basic_attributes", basic(30, 0, 2))).text("attribute_id");

        var listed = account.api().get("/6/attributes?attribute_ids=" + second + "&attribute_ids=" + first + "&targets=attribute_id")
                .assertStatus(200).json().get("attributes");

        assertThat(listed.toString()).isEqualTo("[{\"attribute_id\":\"" + second + "\"},{\"attribute_id\":\"" + first + "\"}]");
    }

    @Test
    void aWrongBodyIsRefusedWithItsErrorAndStoresNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.api();
        var raw = RawDescriptor.encodeBase64(descriptor(3));
        var visionLabs = ByteBuffer.allocate(8 + 512).order(ByteOrder.LITTLE_ENDIAN).put(new byte[] {'d', 'p', 0, 0}).putInt(56).array();

        client.post("/6/attributes", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post("/6/attributes", "multipart/form-data; boundary=x", "--x--".getBytes()).assertError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        client.post("/6/attributes", "application/json", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        client.post("/6/attributes", "application/json", "{\"basic_attributes\":".getBytes()).assertError(ErrorCode.BAD_JSON);
        assertDetail(client.postJson("/6/attributes", Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: '', message: 'face_descriptors or basic_attributes is required'");
        assertDetail(client.postJson("/6/attributes", Map.of("basic_attributes", basic(29, 0, 4), "extra_field", 1))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED), "Failed to validate input json. Path: 'extra_field', message: 'extra fields not permitted'");
        assertDetail(client.postJson("/6/attributes", Map.of("basic_attributes", basic(29, 3, 4))).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: 'basic_attributes.gender', message: 'must be an integer from 0 to 1'");
        assertDetail(client.postJson("/6/attributes", Map.of("face_descriptors", List.of(Map.of("descriptor", "2xQ2gprbMUePw1s9gw9fvA==", "version", 56))))
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION), "Descriptor version 56 is not supported; this platform only handles version 4242");
        assertDetail(client.postJson("/6/attributes", Map.of("face_descriptors", List.of(Base64.getEncoder().encodeToString(visionLabs))))
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION), "Descriptor version 56 is not supported; this platform only handles version 4242");
        assertDetail(client.postJson("/6/attributes", Map.of("face_descriptors", List.of(Map.of("descriptor", "AAAA", "version", 4242))))
                .assertError(ErrorCode.BAD_DESCRIPTOR_LENGTH), "Descriptor of version 4242 must have 512 bytes, got 3");
        assertDetail(client.postJson("/6/attributes", Map.of("face_descriptors", List.of(Map.of("descriptor", "&&&", "version", 4242))))
                .assertError(ErrorCode.BAD_DESCRIPTOR), "Bad descriptor: not valid base64");
        var withSamplesOfNothing = Map.of("face_descriptors", List.of(Map.of("descriptor", raw, "version", 4242)), "basic_attributes_samples", List.of(SAMPLE_A));
        client.postJson("/6/attributes", withSamplesOfNothing).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        for (var ttl : List.of("0", "86401", "ten")) {
            assertDetail(client.postJson("/6/attributes?ttl=" + ttl, Map.of("basic_attributes", basic(29, 0, 4))).assertError(ErrorCode.BAD_QUERY_PARAMETER),
                    "Bad query parameters 'ttl'");
        }

        assertThat(new StoredAttributes(stack).count(account.id())).isZero();
    }

    @Test
    void aWrongReadIsRefusedWithItsError(Api api) {
        var account = api.newAccount("user");
        var id = account.api().postJson("/6/attributes", Map.of("basic_attributes", basic(29, 0, 4))).assertStatus(201).text("attribute_id");

        assertDetail(account.api().get("/6/attributes").assertError(ErrorCode.REQUIRED_QUERY_PARAMETER), "Required parameters 'attribute_ids' not found");
        assertDetail(account.api().get("/6/attributes?attribute_ids=" + id + ",nope").assertError(ErrorCode.BAD_QUERY_PARAMETER), "Bad query parameters 'attribute_ids'");
        account.api().get("/6/attributes?attribute_ids=" + id + "&targets=face").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        account.api().get("/6/attributes/" + id + "?descriptor_version=56").assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION);
        account.api().get("/6/attributes/" + id + "?descriptor_version=new").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        account.api().get("/6/attributes/" + id.toUpperCase()).assertError(ErrorCode.BAD_PATH_ID);
        account.api().get("/6/attributes/" + UUID.randomUUID()).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
    }

    @Test
    void anotherAccountCanNeitherSeeNorTouchAnAttribute(Api api, RunningStack.Started stack) {
        var owner = api.newAccount("user");
        var stranger = api.newAccount("advanced_user");
        var id = owner.api().postJson("/6/attributes", Map.of("basic_attributes", basic(29, 0, 4))).assertStatus(201).text("attribute_id");

        stranger.api().get("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        stranger.api().head("/6/attributes/" + id).assertStatus(404);
        stranger.api().get("/6/attributes/" + id + "/samples").assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        stranger.api().delete("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        assertThat(stranger.api().get("/6/attributes?attribute_ids=" + id).json().get("attributes").size()).isZero();
        assertThat(stranger.api().get("/6/attributes?attribute_ids=" + id + "&account_id=" + owner.id()).json().get("attributes").size()).isZero();
        assertThat(owner.api().get("/6/attributes?attribute_ids=" + id + "&account_id=" + stranger.id()).json().get("attributes").size()).isZero();

        assertThat(owner.api().get("/6/attributes?attribute_ids=" + id + "&account_id=" + owner.id()).json().get("attributes").size()).isEqualTo(1);
        owner.api().get("/6/attributes/" + id).assertStatus(200);
        // the seed: account_id "will not have effect if Luna-Account-Id header is used for authorization"
        // (a deployment that turns the bare header on)
        var gateway = InProcessGateway.headerAlone(stack);
        var byHeader = InProcessGateway.call(gateway, "GET", "/6/attributes?attribute_ids=" + id + "&account_id=" + stranger.id(),
                Map.of("Luna-Account-Id", List.of(owner.id())), null);
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(Json.tree(byHeader.body()).get("attributes").size()).isEqualTo(1);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/attributes/" + id,
                Map.of("Luna-Account-Id", List.of(stranger.id())), null), ErrorCode.ATTRIBUTE_NOT_FOUND);
    }

    @Test
    void anAttributeAnswersAsMissingOnceItsTtlHasRunOut(Api api, RunningStack.Started stack) throws InterruptedException {
        var account = api.newAccount("user");
        var id = account.api().postJson("/6/attributes?ttl=1", Map.of("basic_attributes", basic(29, 0, 4))).assertStatus(201).text("attribute_id");
        account.api().get("/6/attributes/" + id).assertStatus(200);
        var stored = new StoredAttributes(stack).item(account.id(), id).orElseThrow();
        var expiry = Instant.parse(stored.get("expiry_time").s());
        assertThat(expiry).isEqualTo(Instant.parse(stored.get("create_time").s()).plusSeconds(1));
        assertThat(Long.parseLong(stored.get("expires_at").n())).isEqualTo(expiry.getEpochSecond() + (expiry.getNano() > 0 ? 1 : 0));

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 100);

        account.api().get("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        account.api().head("/6/attributes/" + id).assertStatus(404);
        account.api().get("/6/attributes/" + id + "/samples").assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        assertThat(account.api().get("/6/attributes?attribute_ids=" + id).json().get("attributes").size()).isZero();
        account.api().delete("/6/attributes/" + id).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
    }

    @Test
    void theTableHasDynamoDbsTimeToLiveOnItsExpiryAttribute(RunningStack.Started stack) {
        var ttl = new StoredAttributes(stack).timeToLive();

        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(ttl.attributeName()).isEqualTo("expires_at");
    }

    @Test
    void aTokenNeedsTheAttributePermissionOfEachOperation(Api api) {
        var account = api.newAccount("user");
        var jwt = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("attribute", List.of("view")), "expiration_time", "2999-01-01T00:00:00Z"))
                .assertStatus(201).text("token");
        var id = account.api().postJson("/6/attributes", Map.of("basic_attributes", basic(29, 0, 4))).text("attribute_id");
        var viewer = api.bearer(jwt);

        viewer.get("/6/attributes/" + id).assertStatus(200);
        assertDetail(viewer.postJson("/6/attributes", Map.of("basic_attributes", basic(29, 0, 4))).assertError(ErrorCode.PERMISSION_DENIED),
                "Permission 'creation' on 'attribute' is required");
        viewer.delete("/6/attributes/" + id).assertError(ErrorCode.PERMISSION_DENIED);
        account.api().get("/6/attributes/" + id).assertStatus(200);
    }

    private static void assertDetail(Api.Reply reply, String detail) {
        assertThat(reply.text("detail")).isEqualTo(detail);
    }
}
