package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openluna.shared.handlers.Policies;
import tools.jackson.databind.JsonNode;

/** {@code /6/handlers} over HTTP: handlers of an account, their policies with every default, and the validator. */
@ExtendWith(RunningStack.class)
class HandlersTest {

    static String createHandler(Api client, Map<String, Object> body) {
        return client.postJson("/6/handlers", body).assertStatus(201).text("handler_id");
    }

    /** The policies a handler made of {@code {}} shows: the same object the shared reader fills in. */
    private static JsonNode defaults() {
        return Json.tree(Json.write(Policies.read(Json.object(), "policies").toJson()));
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> ids(JsonNode handlers) {
        var ids = new ArrayList<String>();
        handlers.forEach(h -> ids.add(h.get("handler_id").asString()));
        return ids;
    }

    @Test
    void aStaticHandlerIsCreatedReadCheckedReplacedAndDeleted(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();

        var created = client.postJson("/6/handlers", Map.of("description", "entrance", "handler_type", 0,
                "policies", Map.of("detect_policy", Map.of("estimate_head_pose", 1, "yaw_threshold", 40)))).assertStatus(201);
        var handlerId = created.text("handler_id");
        assertThat(created.text("url")).isEqualTo("/6/handlers/" + handlerId);
        var got = client.get("/6/handlers/" + handlerId).assertStatus(200).json();
        assertThat(names(got)).containsExactly("handler_id", "account_id", "description", "policies", "create_time",
                "last_update_time", "handler_type");
        assertThat(got.get("account_id").asString()).isEqualTo(account.id());
        assertThat(got.get("description").asString()).isEqualTo("entrance");
        assertThat(got.get("handler_type").asInt()).isZero();
        assertThat(Instant.parse(got.get("create_time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(got.get("last_update_time").asString()).isEqualTo(got.get("create_time").asString());
        var detect = got.get("policies").get("detect_policy");
        assertThat(detect.get("estimate_head_pose").asInt()).isEqualTo(1);
        assertThat(detect.get("yaw_threshold").asInt()).isEqualTo(40);
        assertThat(detect.get("pitch_threshold").isNull()).isTrue();
        assertThat(got.get("policies").get("storage_policy")).isEqualTo(defaults().get("storage_policy"));
        client.head("/6/handlers/" + handlerId).assertStatus(200);

        Thread.sleep(5); // times are kept to the millisecond: the replacement must land on a later one to be seen
        client.putJson("/6/handlers/" + handlerId, Map.of("description", "exit", "handler_type", 1)).assertStatus(204);
        var replaced = client.get("/6/handlers/" + handlerId).assertStatus(200).json();
        assertThat(replaced.get("description").asString()).isEqualTo("exit");
        assertThat(replaced.get("handler_type").asInt()).isEqualTo(1);
        assertThat(replaced.get("policies").isNull()).isTrue();
        assertThat(replaced.get("create_time").asString()).isEqualTo(got.get("create_time").asString());
        assertThat(Instant.parse(replaced.get("last_update_time").asString())).isAfter(Instant.parse(got.get("last_update_time").asString()));

        client.delete("/6/handlers/" + handlerId).assertStatus(204);
        client.get("/6/handlers/" + handlerId).assertError(ErrorCode.HANDLER_NOT_FOUND);
        client.head("/6/handlers/" + handlerId).assertStatus(404);
        client.delete("/6/handlers/" + handlerId).assertError(ErrorCode.HANDLER_NOT_FOUND);
        client.putJson("/6/handlers/" + handlerId, Map.of("handler_type", 1)).assertError(ErrorCode.HANDLER_NOT_FOUND);
    }

    @Test
    void emptyPoliciesAreStoredAndShownWithEveryDefault(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        // as the seed's events example makes its handler (l.8965)
        var handlerId = createHandler(client, Map.of("description", "non_dynamic_handler", "policies", Map.of(), "handler_type", 0));

        var policies = client.get("/6/handlers/" + handlerId).json().get("policies");

        assertThat(policies).isEqualTo(defaults());
        assertThat(names(policies)).containsExactly("detect_policy", "extract_policy", "match_policy", "storage_policy",
                "conditional_tags_policy");
        var detect = policies.get("detect_policy");
        assertThat(detect.get("detect_face").asInt()).isEqualTo(1);
        assertThat(detect.get("multiface_policy").asInt()).isEqualTo(1);
        assertThat(detect.get("estimate_liveness").get("liveness_threshold").asDouble()).isEqualTo(0.5);
        assertThat(detect.get("face_quality").get("checks").size()).isEqualTo(44);
        assertThat(policies.get("extract_policy").get("extract_face_descriptor").asInt()).isEqualTo(1);
        var storage = policies.get("storage_policy");
        assertThat(storage.get("face_sample_policy").get("store_sample").asInt()).isEqualTo(1);
        assertThat(storage.get("face_sample_policy").get("ttl").asInt()).isEqualTo(7);
        assertThat(storage.get("attribute_policy").get("ttl").asInt()).isEqualTo(300);
        assertThat(storage.get("event_policy").get("wait_saving").asInt()).isEqualTo(1);
        assertThat(storage.get("face_policy").get("set_sample_as_avatar").asInt()).isEqualTo(1);
        try (var stored = new StoredHandlers(stack)) {
            var item = stored.item(account.id(), handlerId).orElseThrow();
            assertThat(Json.tree(item.get("policies").s().getBytes())).isEqualTo(defaults());
            assertThat(item.get("handler_type").n()).isEqualTo("0");
        }
    }

    @Test
    void aDynamicHandlerHasNoPoliciesOfItsOwn(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        // the seed's own examples make dynamic handlers so (l.5047)
        var byType = createHandler(client, Map.of("handler_type", 1));
        var byFlag = createHandler(client, Map.of("is_dynamic", true, "description", "old client"));

        for (var id : List.of(byType, byFlag)) {
            var handler = client.get("/6/handlers/" + id).assertStatus(200).json();
            assertThat(handler.get("handler_type").asInt()).isEqualTo(1);
            assertThat(handler.get("policies").isNull()).isTrue();
        }
        try (var stored = new StoredHandlers(stack)) {
            assertThat(stored.item(account.id(), byType).orElseThrow()).doesNotContainKey("policies");
        }
        // the seed says the absence of policies makes a handler dynamic (l.2977)
        var bare = createHandler(client, Map.of("description", "bare"));
        assertThat(client.get("/6/handlers/" + bare).json().get("handler_type").asInt()).isEqualTo(1);
    }

    @Test
    void handlersAreFilteredPagedAndCountedNewestFirst(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();
        var made = new ArrayList<String>();
        made.add(createHandler(client, Map.of("description", "first handler", "policies", Map.of())));
        Thread.sleep(3); // distinct milliseconds make the newest-first order checkable
        made.add(createHandler(client, Map.of("description", "second handler", "handler_type", 1)));
        Thread.sleep(3);
        made.add(createHandler(client, Map.of("description", "door", "policies", Map.of())));
        Thread.sleep(3);
        made.add(createHandler(client, Map.of("description", "Handler upper", "handler_type", 1)));

        var all = client.get("/6/handlers").assertStatus(200).json();
        assertThat(all.isArray()).isTrue();
        assertThat(ids(all)).containsExactlyElementsOf(made.reversed());
        assertThat(names(all.get(0))).contains("policies", "handler_type");
        assertThat(ids(client.get("/6/handlers?page=2&page_size=2").json())).containsExactly(made.get(1), made.get(0));
        assertThat(client.get("/6/handlers?page=3&page_size=2").json().size()).isZero();
        assertThat(ids(client.get("/6/handlers?handler_type=1").json())).containsExactly(made.get(3), made.get(1));
        assertThat(ids(client.get("/6/handlers?is_dynamic=0").json())).containsExactly(made.get(2), made.get(0));
        // a part of the description, case-sensitive, as the seed's example filters ("handler", l.3557)
        assertThat(ids(client.get("/6/handlers?description=handler").json())).containsExactly(made.get(1), made.get(0));
        assertThat(ids(client.get("/6/handlers?description=handler&handler_type=1&page=1").json())).containsExactly(made.get(1));
        assertThat(client.get("/6/handlers/count").json().get("handlers_count").asInt()).isEqualTo(4);
        assertThat(client.get("/6/handlers/count?description=handler&handler_type=0").json().get("handlers_count").asInt()).isEqualTo(1);
        assertThat(client.get("/6/handlers/count?is_dynamic=1").json().get("handlers_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/handlers/count?account_id=" + account.id()).json().get("handlers_count").asInt()).isEqualTo(4);
        assertThat(client.get("/6/handlers/count?account_id=" + UUID.randomUUID()).json().get("handlers_count").asInt()).isZero();
        assertThat(client.get("/6/handlers?account_id=" + UUID.randomUUID()).json().size()).isZero();
    }

    @Test
    void theValidatorChecksPoliciesAsCreationWouldAndStoresNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var listId = ListsTest.createList(client, "staff");
        var stranger = api.newAccount("user").withToken();
        var strangersList = ListsTest.createList(stranger, "theirs");

        client.postJson("/6/handlers/validator", Map.of("policies", Map.of())).assertStatus(204);
        client.postJson("/6/handlers/validator", Map.of("policies", Map.of(
                "match_policy", List.of(Map.of("label", "staff", "candidates", Map.of("origin", "faces", "list_id", listId))),
                "storage_policy", Map.of("face_policy", Map.of("link_to_lists_policy", List.of(Map.of("list_id", listId,
                        "filters", Map.of("match", List.of(Map.of("label", "staff", "similarity__gte", 0.9)))))))))).assertStatus(204);

        var detail = client.postJson("/6/handlers/validator", Map.of("policies", Map.of("detect_policy", Map.of("detect_face", 5))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED).text("detail");
        assertThat(detail).isEqualTo("Failed to validate input json. Path: 'policies.detect_policy.detect_face', message: 'must be one of [0, 1]'");
        assertThat(client.postJson("/6/handlers/validator", Map.of("policies", Map.of("detect_policy", Map.of("estimate_glasses", 1))))
                .assertError(ErrorCode.FEATURE_UNAVAILABLE).text("detail"))
                .isEqualTo("Feature 'policies.detect_policy.estimate_glasses' is not available on this platform");
        var unknown = UUID.randomUUID().toString();
        assertThat(client.postJson("/6/handlers/validator", Map.of("policies", Map.of("match_policy",
                List.of(Map.of("candidates", Map.of("origin", "faces", "list_id", unknown)))))).assertError(ErrorCode.LIST_NOT_FOUND).text("detail"))
                .isEqualTo("List with id '" + unknown + "' not found");
        client.postJson("/6/handlers/validator", Map.of("policies", Map.of("storage_policy", Map.of("face_policy",
                Map.of("link_to_lists_policy", List.of(Map.of("list_id", strangersList))))))).assertError(ErrorCode.LIST_NOT_FOUND);
        client.postJson("/6/handlers/validator", Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/handlers/validator", Map.of("policies", Map.of(), "description", "x")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.post("/6/handlers/validator", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);

        try (var stored = new StoredHandlers(stack)) {
            assertThat(stored.count(account.id())).isZero();
        }
    }

    @Test
    void aWrongRequestIsRefusedWithItsErrorAndChangesNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var listId = ListsTest.createList(client, "kept");
        var handlerId = createHandler(client, Map.of("description", "kept", "policies", Map.of("storage_policy",
                Map.of("face_policy", Map.of("link_to_lists_policy", List.of(Map.of("list_id", listId)))))));
        var before = client.get("/6/handlers/" + handlerId).json();
        var path = "/6/handlers/" + handlerId;
        var unknownList = UUID.randomUUID().toString();
        var lambda = UUID.randomUUID().toString();

        for (var write : List.<java.util.function.Function<Map<String, Object>, Api.Reply>>of(
                body -> client.postJson("/6/handlers", body), body -> client.putJson(path, body))) {
            write.apply(Map.of("policies", Map.of("detect_policy", Map.of("estimate_glasses", 1)))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
            write.apply(Map.of("policies", Map.of("extract_policy", Map.of("fd_score_threshold", 0.5)))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
            write.apply(Map.of("policies", Map.of("detect_policy", Map.of("face_quality", Map.of("estimate", 1,
                    "checks", Map.of("gaze_yaw", Map.of("estimate", 1)))))))
                    .assertError(ErrorCode.FEATURE_UNAVAILABLE);
            assertThat(write.apply(Map.of("handler_type", 2, "lambda_id", lambda)).assertError(ErrorCode.FEATURE_UNAVAILABLE).text("detail"))
                    .isEqualTo("Feature 'lambdas' is not available on this platform");
            write.apply(Map.of("handler_type", 2)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("handler_type", 0)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("handler_type", 1, "policies", Map.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("description", "d".repeat(129), "policies", Map.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            write.apply(Map.of("policies", Map.of("storage_policy", Map.of("face_policy",
                    Map.of("link_to_lists_policy", List.of(Map.of("list_id", unknownList)))))))
                    .assertError(ErrorCode.LIST_NOT_FOUND);
            write.apply(Map.of("policies", Map.of("match_policy", List.of(Map.of("candidates", Map.of("origin", "faces",
                    "list_id", unknownList)))))).assertError(ErrorCode.LIST_NOT_FOUND);
            // events as candidates take the filters of GET /6/events, checked when the handler is written (ADR 0013)
            var badEventFilter = write.apply(Map.of("policies", Map.of("match_policy", List.of(Map.of("candidates",
                    Map.of("origin", "events", "emotions", List.of(9)))))));
            assertThat(badEventFilter.assertError(ErrorCode.JSON_VALIDATION_FAILED).text("detail"))
                    .contains("policies.match_policy.0.candidates.emotions");
            write.apply(Map.of("policies", Map.of("storage_policy", Map.of("face_sample_policy", Map.of("ttl", 8)))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        }
        client.post("/6/handlers", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post("/6/handlers", "application/json", "{".getBytes()).assertError(ErrorCode.BAD_JSON);
        client.send("POST", "/6/handlers", "application/json", java.net.http.HttpRequest.BodyPublishers.noBody()).assertError(ErrorCode.EMPTY_BODY);
        client.send("PUT", path, "text/plain", java.net.http.HttpRequest.BodyPublishers.ofString("{}")).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.putJson("/6/handlers/not-an-id", Map.of("handler_type", 1)).assertError(ErrorCode.BAD_PATH_ID);
        client.get("/6/handlers/NOT-AN-ID").assertError(ErrorCode.BAD_PATH_ID);
        client.get("/6/handlers?handler_type=3").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/handlers?is_dynamic=true").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/handlers?page_size=1001").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/handlers/count?handler_type=x").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.delete("/6/lists/" + listId).assertStatus(204);
        // a list deleted after the handler was made is the handler's to meet when it runs; the handler stays as it was
        client.putJson(path, Map.of("description", "kept", "policies", Map.of("storage_policy",
                Map.of("face_policy", Map.of("link_to_lists_policy", List.of(Map.of("list_id", listId))))))).assertError(ErrorCode.LIST_NOT_FOUND);

        assertThat(client.get(path).json()).isEqualTo(before);
        try (var stored = new StoredHandlers(stack)) {
            assertThat(stored.count(account.id())).isEqualTo(1);
        }
    }

    @Test
    void anotherAccountNeitherSeesNorChangesTheHandlers(Api api, RunningStack.Started stack) {
        var ownerAccount = api.newAccount("user");
        var owner = ownerAccount.withToken();
        var strangerAccount = api.newAccount("user");
        var stranger = strangerAccount.withToken();
        var ownersList = ListsTest.createList(owner, "owner's");
        var handlerId = createHandler(owner, Map.of("description", "mine", "policies", Map.of()));
        var strangersHandler = createHandler(stranger, Map.of("description", "theirs", "handler_type", 1));
        var before = owner.get("/6/handlers/" + handlerId).json();
        var path = "/6/handlers/" + handlerId;

        stranger.get(path).assertError(ErrorCode.HANDLER_NOT_FOUND);
        stranger.head(path).assertStatus(404);
        stranger.putJson(path, Map.of("description", "taken", "handler_type", 1)).assertError(ErrorCode.HANDLER_NOT_FOUND);
        stranger.delete(path).assertError(ErrorCode.HANDLER_NOT_FOUND);
        assertThat(ids(stranger.get("/6/handlers").json())).containsExactly(strangersHandler);
        assertThat(stranger.get("/6/handlers?description=mine").json().size()).isZero();
        assertThat(stranger.get("/6/handlers/count").json().get("handlers_count").asInt()).isEqualTo(1);
        assertThat(stranger.get("/6/handlers?account_id=" + ownerAccount.id()).json().size()).isZero();
        // the owner's list is as unknown to the stranger's policies as any other
        stranger.postJson("/6/handlers", Map.of("policies", Map.of("match_policy", List.of(Map.of("candidates",
                Map.of("origin", "faces", "list_id", ownersList)))))).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.postJson("/6/handlers/validator", Map.of("policies", Map.of("storage_policy", Map.of("face_policy",
                Map.of("link_to_lists_policy", List.of(Map.of("list_id", ownersList)))))))
                .assertError(ErrorCode.LIST_NOT_FOUND);
        owner.get("/6/handlers/" + strangersHandler).assertError(ErrorCode.HANDLER_NOT_FOUND);

        assertThat(owner.get(path).assertStatus(200).json()).isEqualTo(before);
        assertThat(ids(owner.get("/6/handlers").json())).containsExactly(handlerId);
        try (var stored = new StoredHandlers(stack)) {
            assertThat(stored.count(ownerAccount.id())).isEqualTo(1);
            assertThat(stored.count(strangerAccount.id())).isEqualTo(1);
        }
        // an admin reaches the owner's handler only by acting in the owner's account
        api.admin().get(path).assertError(ErrorCode.HANDLER_NOT_FOUND);
        api.admin().withHeader("Luna-Account-Id", ownerAccount.id()).get(path).assertStatus(200);
    }

    @Test
    void eachHandlerRouteAsksForItsHandlerPermission(Api api) {
        var account = api.newAccount("user");
        var owner = account.withToken();
        var handlerId = createHandler(owner, Map.of("description", "guarded", "policies", Map.of()));
        var viewOnly = account.withToken(Map.of("handler", List.of("view")));
        var path = "/6/handlers/" + handlerId;

        assertThat(viewOnly.postJson("/6/handlers", Map.of("handler_type", 1)).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'creation' on 'handler' is required");
        assertThat(viewOnly.putJson(path, Map.of("handler_type", 1)).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'modification' on 'handler' is required");
        assertThat(viewOnly.delete(path).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'deletion' on 'handler' is required");
        viewOnly.get(path).assertStatus(200);
        viewOnly.head(path).assertStatus(200);
        viewOnly.get("/6/handlers/count").assertStatus(200);
        viewOnly.postJson("/6/handlers/validator", Map.of("policies", Map.of())).assertStatus(204);
        account.withToken(Map.of("list", List.of("view"))).get("/6/handlers").assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(owner.get(path).json().get("description").asString()).isEqualTo("guarded");
    }

    @Test
    void aMsgpackBodyMakesTheSameHandlerAndMsgpackIsAnsweredWhenAsked(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var body = Map.<String, Object>of("description", "packed", "policies", Map.of("detect_policy", Map.of("estimate_emotions", 1)));

        var handlerId = client.post("/6/handlers", "application/msgpack", new MessagePackMapper().writeValueAsBytes(body))
                .assertStatus(201).text("handler_id");

        var json = client.get("/6/handlers/" + handlerId).json();
        assertThat(json.get("description").asString()).isEqualTo("packed");
        assertThat(json.get("policies").get("detect_policy").get("estimate_emotions").asInt()).isEqualTo(1);
        var packed = client.withHeader("Accept", "application/msgpack").get("/6/handlers/" + handlerId).assertStatus(200);
        assertThat(packed.header("Content-Type")).contains("application/msgpack");
        var fromMsgpack = new MessagePackMapper().readTree(packed.bytes());
        assertThat(fromMsgpack.get("description").asText()).isEqualTo("packed");
        assertThat(fromMsgpack.get("policies").get("storage_policy").get("face_sample_policy").get("ttl").asInt()).isEqualTo(7);
        client.post("/6/handlers", "application/msgpack", new byte[] {(byte) 0xc1}).assertError(ErrorCode.BAD_MSGPACK);
    }

    @Test
    void theHandlerPathsAnswerOptionsAndAWrongMethodWithTheirMethods(Api api, RunningStack.Started stack) {
        var client = api.newAccount("user").withToken();
        assertThat(client.options("/6/handlers").assertStatus(200).header("Allow")).contains("GET, OPTIONS, POST");
        assertThat(client.options("/6/handlers/" + UUID.randomUUID()).assertStatus(200).header("Allow"))
                .contains("DELETE, GET, HEAD, OPTIONS, PUT");
        assertThat(client.send("PATCH", "/6/handlers", "application/json", java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .assertError(ErrorCode.METHOD_NOT_ALLOWED).header("Allow")).contains("GET, OPTIONS, POST");
        client.get("/6/handlers/count/more").assertError(ErrorCode.RESOURCE_NOT_FOUND);
        try (var stored = new StoredHandlers(stack)) {
            var table = stored.describe();
            assertThat(table.keySchema()).extracting(k -> k.attributeName()).containsExactly("account_id", "handler_id");
            assertThat(table.localSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("by_create_time");
        }
    }
}
