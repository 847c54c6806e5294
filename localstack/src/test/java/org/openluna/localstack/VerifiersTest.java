package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Verifying.createVerifier;
import static org.openluna.localstack.Verifying.policies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/** {@code /6/verifiers} and {@code /6/verifiers/{verifier_id}} over HTTP: verifiers of an account and their policies with every default. */
@ExtendWith(RunningStack.class)
class VerifiersTest {

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> ids(JsonNode verifiers) {
        var ids = new ArrayList<String>();
        verifiers.forEach(v -> ids.add(v.get("verifier_id").asString()));
        return ids;
    }

    @Test
    void aVerifierIsCreatedReadCheckedReplacedWithANewVersionAndDeleted(Api api, RunningStack.Started stack) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();

        var created = client.postJson("/6/verifiers", Map.of("description", "strict verifier",
                "policies", policies(0.9, Map.of("detect_policy", Map.of("estimate_head_pose", 1, "yaw_threshold", 40))))).assertStatus(201);
        var verifierId = created.text("verifier_id");
        assertThat(names(created.json())).containsExactly("verifier_id", "url");
        assertThat(created.text("url")).isEqualTo("/6/verifiers/" + verifierId);
        var got = client.get("/6/verifiers/" + verifierId).assertStatus(200).json();
        assertThat(names(got)).containsExactly("verifier_id", "account_id", "description", "policies", "create_time",
                "last_update_time", "version");
        assertThat(got.get("account_id").asString()).isEqualTo(account.id());
        assertThat(got.get("version").asInt()).isZero();
        assertThat(Instant.parse(got.get("create_time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        var policies = got.get("policies");
        assertThat(names(policies)).containsExactly("verification_threshold", "detect_policy", "extract_policy", "storage_policy");
        assertThat(policies.get("verification_threshold").asDouble()).isEqualTo(0.9);
        assertThat(policies.get("detect_policy").get("yaw_threshold").asInt()).isEqualTo(40);
        assertThat(policies.get("detect_policy").get("pitch_threshold").isNull()).isTrue();
        assertThat(names(policies.get("detect_policy"))).startsWith("multiface_policy", "estimate_head_pose").endsWith("face_quality")
                .doesNotContain("detect_face", "body_attributes");
        assertThat(policies.get("storage_policy").toString()).isEqualTo(
                "{\"attribute_policy\":{\"store_attribute\":0,\"ttl\":300},\"face_sample_policy\":{\"store_sample\":0,\"ttl\":7}}");
        client.head("/6/verifiers/" + verifierId).assertStatus(200);

        Thread.sleep(5); // times are kept to the millisecond: the replacement must land on a later one to be seen
        var replaced = client.putJson("/6/verifiers/" + verifierId, Map.of("description", "lenient", "policies", policies(0.3, Map.of())))
                .assertStatus(200).json();
        assertThat(replaced.toString()).isEqualTo("{\"version\":1}");
        var again = client.get("/6/verifiers/" + verifierId).json();
        assertThat(again.get("description").asString()).isEqualTo("lenient");
        assertThat(again.get("policies").get("verification_threshold").asDouble()).isEqualTo(0.3);
        assertThat(again.get("policies").get("detect_policy").get("yaw_threshold").isNull()).isTrue();
        assertThat(again.get("version").asInt()).isEqualTo(1);
        assertThat(again.get("create_time").asString()).isEqualTo(got.get("create_time").asString());
        assertThat(Instant.parse(again.get("last_update_time").asString())).isAfter(Instant.parse(got.get("last_update_time").asString()));
        assertThat(client.putJson("/6/verifiers/" + verifierId, Map.of("policies", policies(0.4, Map.of()))).json().get("version").asInt())
                .isEqualTo(2);
        assertThat(client.get("/6/verifiers/" + verifierId).json().get("description").asString()).isEmpty();
        try (var stored = new StoredVerifiers(stack)) {
            var item = stored.item(account.id(), verifierId).orElseThrow();
            assertThat(Json.tree(item.get("policies").s().getBytes())).isEqualTo(client.get("/6/verifiers/" + verifierId).json().get("policies"));
            assertThat(item.get("version").n()).isEqualTo("2");
        }

        client.delete("/6/verifiers/" + verifierId).assertStatus(204);
        client.get("/6/verifiers/" + verifierId).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        client.head("/6/verifiers/" + verifierId).assertStatus(404);
        client.delete("/6/verifiers/" + verifierId).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        client.putJson("/6/verifiers/" + verifierId, Map.of("policies", policies(0.5, Map.of()))).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        try (var stored = new StoredVerifiers(stack)) {
            assertThat(stored.count(account.id())).isZero();
        }
    }

    @Test
    void verifiersAreFilteredPagedAndCountedNewestFirst(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();
        var made = new ArrayList<String>();
        for (var description : List.of("front door verifier", "back door", "gate verifier", "Verifier upper")) {
            made.add(createVerifier(client, description, policies(0.5, Map.of())));
            Thread.sleep(3); // distinct milliseconds make the newest-first order checkable
        }

        var all = client.get("/6/verifiers").assertStatus(200).json();
        assertThat(all.isArray()).isTrue();
        assertThat(ids(all)).containsExactlyElementsOf(made.reversed());
        assertThat(names(all.get(0))).contains("policies", "version");
        assertThat(ids(client.get("/6/verifiers?page=2&page_size=2").json())).containsExactly(made.get(1), made.get(0));
        assertThat(client.get("/6/verifiers?page=3&page_size=2").json().size()).isZero();
        // a part of the description, case-sensitive, as handlers filter it
        assertThat(ids(client.get("/6/verifiers?description=verifier").json())).containsExactly(made.get(2), made.get(0));
        assertThat(client.get("/6/verifiers/count").assertStatus(200).json().toString()).isEqualTo("{\"verifiers_count\":4}");
        assertThat(client.get("/6/verifiers/count?description=door").json().get("verifiers_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/verifiers/count?account_id=" + account.id()).json().get("verifiers_count").asInt()).isEqualTo(4);
        assertThat(client.get("/6/verifiers/count?account_id=" + UUID.randomUUID()).json().get("verifiers_count").asInt()).isZero();
        assertThat(client.get("/6/verifiers?account_id=" + UUID.randomUUID()).json().size()).isZero();
        client.get("/6/verifiers?page_size=1001").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/verifiers?page=0").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/verifiers/count?account_id=nope").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void theSeedsExampleVerifierIsMadeWithItsMaskEstimation(Api api) {
        var client = api.newAccount("user").withToken();
        // seed l.11137: every verifier example posts this body
        var storage = Map.of("attribute_policy", Map.of("store_attribute", 1), "face_sample_policy", Map.of("store_sample", 1, "ttl", 7));
        var verifierId = createVerifier(client, "new verifier", Map.of("verification_threshold", 0.5,
                "detect_policy", Map.of("estimate_mask", 1), "extract_policy", Map.of("extract_basic_attributes", 1), "storage_policy", storage));

        var policies = client.get("/6/verifiers/" + verifierId).json().get("policies");
        assertThat(policies.get("detect_policy").get("estimate_mask").asInt()).isEqualTo(1);
        assertThat(policies.get("extract_policy").get("extract_basic_attributes").asInt()).isEqualTo(1);
        assertThat(policies.get("storage_policy").get("face_sample_policy").toString()).isEqualTo("{\"store_sample\":1,\"ttl\":7}");
        assertThat(policies.get("storage_policy").get("attribute_policy").get("store_attribute").asInt()).isEqualTo(1);
    }

    @Test
    void aMsgpackBodyMakesTheSameVerifierAndMsgpackIsAnsweredWhenAsked(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var body = Map.<String, Object>of("description", "packed", "policies", policies(0.7, Map.of("detect_policy", Map.of("estimate_emotions", 1))));

        var verifierId = client.post("/6/verifiers", "application/msgpack", new MessagePackMapper().writeValueAsBytes(body))
                .assertStatus(201).text("verifier_id");

        var json = client.get("/6/verifiers/" + verifierId).json();
        assertThat(json.get("description").asString()).isEqualTo("packed");
        assertThat(json.get("policies").get("detect_policy").get("estimate_emotions").asInt()).isEqualTo(1);
        var packed = client.withHeader("Accept", "application/msgpack").get("/6/verifiers/" + verifierId).assertStatus(200);
        assertThat(packed.header("Content-Type")).contains("application/msgpack");
        assertThat(new MessagePackMapper().readTree(packed.bytes()).get("policies").get("verification_threshold").asDouble()).isEqualTo(0.7);
        client.post("/6/verifiers", "application/msgpack", new byte[] {(byte) 0xc1}).assertError(ErrorCode.BAD_MSGPACK);
    }

    @Test
    void anotherAccountNeitherSeesNorChangesNorRunsTheVerifiers(Api api, RunningStack.Started stack) {
        var ownerAccount = api.newAccount("user");
        var owner = ownerAccount.withToken();
        var strangerAccount = api.newAccount("user");
        var stranger = strangerAccount.withToken();
        var verifierId = createVerifier(owner, "mine", policies(0.5, Map.of()));
        var strangers = createVerifier(stranger, "theirs", policies(0.5, Map.of()));
        var before = owner.get("/6/verifiers/" + verifierId).json();
        var path = "/6/verifiers/" + verifierId;
        var descriptor = Map.of("id", "d", "type", "raw_descriptor", "data", java.util.Base64.getEncoder().encodeToString(new byte[512]),
                "version", 4242);

        stranger.get(path).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        stranger.head(path).assertStatus(404);
        stranger.putJson(path, Map.of("description", "taken", "policies", policies(0.1, Map.of()))).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        stranger.delete(path).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        stranger.postJson(path + "/raw", Map.of("references", List.of(descriptor), "candidates", List.of(descriptor)))
                .assertError(ErrorCode.VERIFIER_NOT_FOUND);
        stranger.post(path + "/verifications?face_ids=" + UUID.randomUUID(), "image/jpeg", TestImages.jpeg())
                .assertError(ErrorCode.VERIFIER_NOT_FOUND);
        assertThat(ids(stranger.get("/6/verifiers").json())).containsExactly(strangers);
        assertThat(stranger.get("/6/verifiers?description=mine").json().size()).isZero();
        assertThat(stranger.get("/6/verifiers/count").json().get("verifiers_count").asInt()).isEqualTo(1);
        assertThat(stranger.get("/6/verifiers?account_id=" + ownerAccount.id()).json().size()).isZero();
        owner.get("/6/verifiers/" + strangers).assertError(ErrorCode.VERIFIER_NOT_FOUND);

        assertThat(owner.get(path).assertStatus(200).json()).isEqualTo(before);
        try (var stored = new StoredVerifiers(stack)) {
            assertThat(stored.count(ownerAccount.id())).isEqualTo(1);
            assertThat(stored.count(strangerAccount.id())).isEqualTo(1);
        }
        // an admin reaches the owner's verifier only by acting in the owner's account
        api.admin().get(path).assertError(ErrorCode.VERIFIER_NOT_FOUND);
        api.admin().withHeader("Luna-Account-Id", ownerAccount.id()).get(path).assertStatus(200);
    }

    @Test
    void eachVerifierRouteAsksForItsVerifierPermission(Api api) {
        var account = api.newAccount("user");
        var owner = account.withToken();
        var verifierId = createVerifier(owner, "guarded", policies(0.5, Map.of()));
        var viewOnly = account.withToken(Map.of("verifier", List.of("view")));
        var path = "/6/verifiers/" + verifierId;

        assertThat(viewOnly.postJson("/6/verifiers", Map.of("policies", policies(0.5, Map.of()))).assertError(ErrorCode.PERMISSION_DENIED)
                .text("detail")).isEqualTo("Permission 'creation' on 'verifier' is required");
        assertThat(viewOnly.putJson(path, Map.of("policies", policies(0.5, Map.of()))).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'modification' on 'verifier' is required");
        assertThat(viewOnly.delete(path).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'deletion' on 'verifier' is required");
        viewOnly.get(path).assertStatus(200);
        viewOnly.head(path).assertStatus(200);
        viewOnly.get("/6/verifiers").assertStatus(200);
        viewOnly.get("/6/verifiers/count").assertStatus(200);
        account.withToken(Map.of("handler", List.of("view"))).get("/6/verifiers").assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(owner.get(path).json().get("description").asString()).isEqualTo("guarded");
    }

    @Test
    void theVerifierPathsAnswerOptionsAndAWrongMethodWithTheirMethods(Api api, RunningStack.Started stack) {
        var client = api.newAccount("user").withToken();
        assertThat(client.options("/6/verifiers").assertStatus(200).header("Allow")).contains("GET, OPTIONS, POST");
        assertThat(client.options("/6/verifiers/" + UUID.randomUUID()).assertStatus(200).header("Allow"))
                .contains("DELETE, GET, HEAD, OPTIONS, PUT");
        assertThat(client.options("/6/verifiers/" + UUID.randomUUID() + "/verifications").assertStatus(200).header("Allow"))
                .contains("OPTIONS, POST");
        client.get("/6/verifiers/" + UUID.randomUUID() + "/raw").assertError(ErrorCode.METHOD_NOT_ALLOWED);
        client.get("/6/verifiers/count/more").assertError(ErrorCode.RESOURCE_NOT_FOUND);
        client.get("/6/verifiers/NOT-AN-ID").assertError(ErrorCode.BAD_PATH_ID);
        try (var stored = new StoredVerifiers(stack)) {
            var table = stored.describe();
            assertThat(table.keySchema()).extracting(k -> k.attributeName()).containsExactly("account_id", "verifier_id");
            assertThat(table.localSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("by_create_time");
        }
    }
}
