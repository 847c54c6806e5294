package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/** {@code /6/lists} over HTTP: lists of an account, the faces they hold, their filters and their deletion. */
@ExtendWith(RunningStack.class)
class ListsTest {

    static String createList(Api client, String userData) {
        return client.postJson("/6/lists", Map.of("user_data", userData)).assertStatus(201).text("list_id");
    }

    static String createFace(Api client, Map<String, Object> body) {
        return client.postJson("/6/faces", body).assertStatus(201).text("face_id");
    }

    private static List<String> ids(JsonNode items, String field) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private static List<String> facesOf(Api client, String listId) {
        return ids(client.get("/6/faces?page_size=1000&list_id=" + listId).assertStatus(200).json().get("faces"), "face_id");
    }

    private static List<String> listsOf(Api client, String faceId) {
        var lists = new ArrayList<String>();
        client.get("/6/faces/" + faceId).assertStatus(200).json().get("lists").forEach(l -> lists.add(l.asString()));
        return lists;
    }

    @Test
    void aListIsCreatedReadCheckedRenamedAndDeleted(Api api) {
        var account = api.newAccount("user");
        var client = account.withToken();

        var created = client.postJson("/6/lists", Map.of("user_data", "good guys")).assertStatus(201);
        var listId = created.text("list_id");
        assertThat(created.text("url")).isEqualTo("/6/lists/" + listId);
        var got = client.get("/6/lists/" + listId).assertStatus(200).json();
        assertThat(got.propertyNames()).containsExactly("list_id", "user_data", "account_id", "create_time", "last_update_time");
        assertThat(got.get("user_data").asString()).isEqualTo("good guys");
        assertThat(got.get("account_id").asString()).isEqualTo(account.id());
        assertThat(Instant.parse(got.get("create_time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(got.get("last_update_time").asString()).isEqualTo(got.get("create_time").asString());
        client.head("/6/lists/" + listId).assertStatus(200);

        client.patchJson("/6/lists/" + listId, Map.of("user_data", "bad guys")).assertStatus(204);
        var renamed = client.get("/6/lists/" + listId).assertStatus(200).json();
        assertThat(renamed.get("user_data").asString()).isEqualTo("bad guys");
        // last_update_time follows the faces attached and detached, not the list's own fields
        assertThat(renamed.get("last_update_time").asString()).isEqualTo(got.get("last_update_time").asString());

        client.delete("/6/lists/" + listId).assertStatus(204);
        client.get("/6/lists/" + listId).assertError(ErrorCode.LIST_NOT_FOUND);
        client.head("/6/lists/" + listId).assertStatus(404);
        client.delete("/6/lists/" + listId).assertError(ErrorCode.LIST_NOT_FOUND);
    }

    @Test
    void aListPostedWithoutABodyHasEmptyUserData(Api api) {
        var client = api.newAccount("user").withToken();
        var listId = client.send("POST", "/6/lists", null, java.net.http.HttpRequest.BodyPublishers.noBody()).assertStatus(201).text("list_id");
        assertThat(client.get("/6/lists/" + listId).json().get("user_data").asString()).isEmpty();
    }

    @Test
    void attachingAndDetachingFacesChangesWhatTheListHoldsAndWhenItChanged(Api api) throws InterruptedException {
        var client = api.newAccount("user").withToken();
        var listId = createList(client, "door 3");
        var a = createFace(client, Map.of("user_data", "a"));
        var b = createFace(client, Map.of("user_data", "b"));
        var created = client.get("/6/lists/" + listId).json().get("last_update_time").asString();
        Thread.sleep(5); // last_update_time has millisecond resolution: a change must land on a later millisecond to be seen

        client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "attach", "face_ids", List.of(a, b))).assertStatus(204);
        assertThat(facesOf(client, listId)).containsExactlyInAnyOrder(a, b);
        assertThat(listsOf(client, a)).containsExactly(listId);
        var attached = client.get("/6/lists/" + listId).json().get("last_update_time").asString();
        assertThat(Instant.parse(attached)).isAfter(Instant.parse(created));

        // attaching a face the list holds, or detaching one it does not, is no change
        Thread.sleep(5);
        client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "attach", "face_ids", List.of(a))).assertStatus(204);
        assertThat(client.get("/6/lists/" + listId).json().get("last_update_time").asString()).isEqualTo(attached);
        client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "detach", "face_ids", List.of(a))).assertStatus(204);
        var detached = client.get("/6/lists/" + listId).json().get("last_update_time").asString();
        Thread.sleep(5);
        client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "detach", "face_ids", List.of(a))).assertStatus(204);
        assertThat(client.get("/6/lists/" + listId).json().get("last_update_time").asString()).isEqualTo(detached);
        assertThat(facesOf(client, listId)).containsExactly(b);
        assertThat(listsOf(client, a)).isEmpty();
        assertThat(listsOf(client, b)).containsExactly(listId);
        assertThat(Instant.parse(detached)).isAfter(Instant.parse(attached));
    }

    @Test
    void moreFacesThanOneTransactionHoldsAreAttachedAndDetachedInOneRequest(Api api, RunningStack.Started stack) {
        var client = api.newAccount("user").withToken();
        var listId = createList(client, "crowd");
        var faces = new ArrayList<String>();
        // one transaction takes 49 faces joining a list, and 50 leaving it
        for (int i = 0; i < 120; i++) {
            faces.add(createFace(client, Map.of("user_data", "face " + i)));
        }

        client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "attach", "face_ids", faces)).assertStatus(204);

        assertThat(facesOf(client, listId)).containsExactlyInAnyOrderElementsOf(faces);
        assertThat(client.get("/6/faces/count?list_id=" + listId).json().get("faces_count").asInt()).isEqualTo(120);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.members(listId)).isEqualTo(120);
            client.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "detach", "face_ids", faces.subList(0, 110))).assertStatus(204);
            assertThat(stored.members(listId)).isEqualTo(10);
        }
        assertThat(facesOf(client, listId)).containsExactlyInAnyOrderElementsOf(faces.subList(110, 120));
        assertThat(listsOf(client, faces.get(0))).isEmpty();
    }

    @Test
    void deletingAListDetachesItsFacesAndWithFacesDeletesThemFromEveryList(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var kept = createList(client, "kept");
        var dropped = createList(client, "dropped");
        var purged = createList(client, "purged");
        var a = createFace(client, Map.of("lists", List.of(kept, dropped)));
        var b = createFace(client, Map.of("lists", List.of(dropped, purged)));
        var c = createFace(client, Map.of("lists", List.of(kept, purged)));

        client.delete("/6/lists/" + dropped).assertStatus(204);

        assertThat(listsOf(client, a)).containsExactly(kept);
        assertThat(listsOf(client, b)).containsExactly(purged);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.members(dropped)).isZero();

            client.delete("/6/lists/" + purged + "?with_faces=1").assertStatus(204);

            client.get("/6/faces/" + b).assertError(ErrorCode.FACE_NOT_FOUND);
            client.get("/6/faces/" + c).assertError(ErrorCode.FACE_NOT_FOUND);
            assertThat(facesOf(client, kept)).containsExactly(a);
            assertThat(stored.members(purged)).isZero();
            assertThat(stored.members(kept)).isEqualTo(1);
            assertThat(stored.lists(account.id())).isEqualTo(1);
            assertThat(stored.faces(account.id())).isEqualTo(1);
        }
        client.get("/6/lists/" + kept).assertStatus(200);
    }

    @Test
    void severalListsAreDeletedTogetherOrNotAtAll(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var first = createList(client, "first");
        var second = createList(client, "second");
        var face = createFace(client, Map.of("lists", List.of(first, second)));
        var unknown = UUID.randomUUID().toString();

        client.deleteJson("/6/lists", Map.of("list_ids", List.of(first, unknown))).assertError(ErrorCode.LIST_NOT_FOUND);
        client.get("/6/lists/" + first).assertStatus(200);

        client.deleteJson("/6/lists", Map.of("list_ids", List.of(first, second))).assertStatus(204);

        client.get("/6/lists/" + first).assertError(ErrorCode.LIST_NOT_FOUND);
        client.get("/6/lists/" + second).assertError(ErrorCode.LIST_NOT_FOUND);
        assertThat(listsOf(client, face)).isEmpty();
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.lists(account.id())).isZero();
        }
    }

    @Test
    void listsAreFilteredPagedAndCountedByEveryFilterTheSeedNames(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();
        var names = List.of("good guys", "good girls", "bad guys", "good", "others");
        var created = new ArrayList<String>();
        for (var name : names) {
            created.add(createList(client, name));
            Thread.sleep(3); // create times are kept to the millisecond: distinct times make the newest-first order checkable
        }
        var all = client.get("/6/lists?page_size=100").assertStatus(200).json().get("lists");
        var times = new ArrayList<String>();
        all.forEach(l -> times.add(l.get("create_time").asString()));

        // newest first
        assertThat(ids(all, "list_id")).containsExactlyElementsOf(created.reversed());
        assertThat(ids(client.get("/6/lists?page=2&page_size=2").json().get("lists"), "list_id")).containsExactlyElementsOf(created.reversed().subList(2, 4));
        assertThat(client.get("/6/lists?page=4&page_size=2").json().get("lists").size()).isZero();
        assertThat(ids(client.get("/6/lists?user_data=good").json().get("lists"), "user_data"))
                .containsExactly("good", "good girls", "good guys");
        assertThat(ids(client.get("/6/lists?user_data__eq=good").json().get("lists"), "user_data")).containsExactly("good");
        assertThat(ids(client.get("/6/lists?list_ids=" + created.get(0) + "," + created.get(2)).json().get("lists"), "list_id"))
                .containsExactly(created.get(2), created.get(0));
        assertThat(ids(client.get("/6/lists?create_time__gte=" + times.get(3) + "&create_time__lt=" + times.get(0)).json().get("lists"), "list_id"))
                .containsExactly(created.get(3), created.get(2), created.get(1));
        var byId = created.stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(ids(client.get("/6/lists?list_id__gte=" + byId.get(3) + "&list_id__lt=" + byId.get(0)).json().get("lists"), "list_id"))
                .containsExactlyElementsOf(byId.subList(1, 4));
        assertThat(client.get("/6/lists/count?user_data=guys").json().get("lists_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/lists/count").json().get("lists_count").asInt()).isEqualTo(5);
        assertThat(client.get("/6/lists/count?account_id=" + account.id()).json().get("lists_count").asInt()).isEqualTo(5);
        assertThat(client.get("/6/lists/count?account_id=" + UUID.randomUUID()).json().get("lists_count").asInt()).isZero();
        assertThat(client.get("/6/lists?account_id=" + UUID.randomUUID()).json().get("lists").size()).isZero();

        // attaching a face moves last_update_time, which can be filtered on
        Thread.sleep(5);
        var before = Instant.now().minusMillis(1).toString();
        client.patchJson("/6/lists/" + created.get(1) + "/faces", Map.of("action", "attach", "face_ids", List.of(createFace(client, Map.of()))))
                .assertStatus(204);
        assertThat(ids(client.get("/6/lists?last_update_time__gte=" + before).json().get("lists"), "list_id")).containsExactly(created.get(1));
        assertThat(client.get("/6/lists/count?last_update_time__lt=" + before).json().get("lists_count").asInt()).isEqualTo(4);
    }

    @Test
    void anotherAccountNeitherSeesNorChangesTheLists(Api api, RunningStack.Started stack) {
        var owner = api.newAccount("user").withToken();
        var stranger = api.newAccount("user").withToken();
        var listId = createList(owner, "mine");
        var ownFace = createFace(owner, Map.of("lists", List.of(listId)));
        var strangersList = createList(stranger, "theirs");
        var strangersFace = createFace(stranger, Map.of());
        var path = "/6/lists/" + listId;

        stranger.get(path).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.head(path).assertStatus(404);
        stranger.patchJson(path, Map.of("user_data", "taken")).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.delete(path).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.delete(path + "?with_faces=1").assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.deleteJson("/6/lists", Map.of("list_ids", List.of(listId))).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.patchJson(path + "/faces", Map.of("action", "attach", "face_ids", List.of(strangersFace))).assertError(ErrorCode.LIST_NOT_FOUND);
        stranger.patchJson(path + "/faces", Map.of("action", "detach", "face_ids", List.of(ownFace))).assertError(ErrorCode.LIST_NOT_FOUND);
        // the owner's face is as unknown to the stranger's list as to anything else of theirs
        stranger.patchJson("/6/lists/" + strangersList + "/faces", Map.of("action", "attach", "face_ids", List.of(ownFace)))
                .assertError(ErrorCode.FACE_NOT_FOUND);
        owner.patchJson(path + "/faces", Map.of("action", "attach", "face_ids", List.of(strangersFace))).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.postJson("/6/faces", Map.of("lists", List.of(listId))).assertError(ErrorCode.LIST_NOT_FOUND);
        assertThat(stranger.get("/6/lists?list_ids=" + listId).json().get("lists").size()).isZero();
        assertThat(ids(stranger.get("/6/lists").json().get("lists"), "list_id")).containsExactly(strangersList);
        assertThat(stranger.get("/6/faces?list_id=" + listId).json().get("faces").size()).isZero();

        var list = owner.get(path).assertStatus(200).json();
        assertThat(list.get("user_data").asString()).isEqualTo("mine");
        assertThat(facesOf(owner, listId)).containsExactly(ownFace);
        assertThat(listsOf(owner, ownFace)).containsExactly(listId);
        assertThat(facesOf(stranger, strangersList)).isEmpty();
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.members(listId)).isEqualTo(1);
            assertThat(stored.members(strangersList)).isZero();
        }
    }

    @Test
    void aWrongRequestIsRefusedWithItsErrorAndChangesNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var listId = createList(client, "kept");
        var face = createFace(client, Map.of("lists", List.of(listId)));
        var path = "/6/lists/" + listId;

        client.post("/6/lists", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.postJson("/6/lists", Map.of("user_data", "x".repeat(129))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/lists", Map.of("userdata", "x")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/lists", Map.of("user_data", 7)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.get("/6/lists/not-an-id").assertError(ErrorCode.BAD_PATH_ID);
        client.get("/6/lists?page_size=1001").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/lists?page=0").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/lists?list_ids=1,2").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/lists?create_time__gte=yesterday").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/lists/count?list_id__lt=x").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.patchJson(path, Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path, Map.of("user_data", "y".repeat(129))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.send("PATCH", path, "text/plain", java.net.http.HttpRequest.BodyPublishers.ofString("{\"user_data\":\"a\"}"))
                .assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.delete(path + "?with_faces=2").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.deleteJson("/6/lists", Map.of("list_ids", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.deleteJson("/6/lists", Map.of("lists", List.of(listId))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.deleteJson("/6/lists", Map.of("list_ids", List.of(listId, listId))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.send("DELETE", "/6/lists", "application/json", java.net.http.HttpRequest.BodyPublishers.noBody()).assertError(ErrorCode.EMPTY_BODY);
        client.patchJson(path + "/faces", Map.of("action", "merge", "face_ids", List.of(face))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path + "/faces", Map.of("action", "detach", "face_ids", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path + "/faces", Map.of("face_ids", List.of(face))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var tooMany = new ArrayList<String>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        client.patchJson(path + "/faces", Map.of("action", "attach", "face_ids", tooMany)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var detail = client.patchJson(path + "/faces", Map.of("action", "detach", "face_ids", List.of(face, tooMany.get(0))))
                .assertError(ErrorCode.FACE_NOT_FOUND).text("detail");
        assertThat(detail).isEqualTo("Face with id '" + tooMany.get(0) + "' not found");
        client.patchJson("/6/lists/" + tooMany.get(1) + "/faces", Map.of("action", "attach", "face_ids", List.of(face)))
                .assertError(ErrorCode.LIST_NOT_FOUND);

        var list = client.get(path).assertStatus(200).json();
        assertThat(list.get("user_data").asString()).isEqualTo("kept");
        assertThat(facesOf(client, listId)).containsExactly(face);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.lists(account.id())).isEqualTo(1);
            assertThat(stored.members(listId)).isEqualTo(1);
        }
    }

    @Test
    void eachListRouteAsksForItsPermissionAndDeletingFacesWithAListForFaceDeletion(Api api) {
        var account = api.newAccount("user");
        var owner = account.withToken();
        var listId = createList(owner, "guarded");
        var face = createFace(owner, Map.of("lists", List.of(listId)));
        var viewOnly = account.withToken(Map.of("list", List.of("view")));
        var listsOnly = account.withToken(Map.of("list", List.of("creation", "view", "modification", "deletion")));

        assertThat(viewOnly.postJson("/6/lists", Map.of()).assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'creation' on 'list' is required");
        viewOnly.patchJson("/6/lists/" + listId, Map.of("user_data", "x")).assertError(ErrorCode.PERMISSION_DENIED);
        viewOnly.patchJson("/6/lists/" + listId + "/faces", Map.of("action", "detach", "face_ids", List.of(face)))
                .assertError(ErrorCode.PERMISSION_DENIED);
        viewOnly.delete("/6/lists/" + listId).assertError(ErrorCode.PERMISSION_DENIED);
        viewOnly.get("/6/lists/" + listId).assertStatus(200);
        assertThat(listsOnly.delete("/6/lists/" + listId + "?with_faces=1").assertError(ErrorCode.PERMISSION_DENIED).text("detail"))
                .isEqualTo("Permission 'deletion' on 'face' is required");
        listsOnly.deleteJson("/6/lists?with_faces=1", Map.of("list_ids", List.of(listId))).assertError(ErrorCode.PERMISSION_DENIED);

        assertThat(facesOf(owner, listId)).containsExactly(face);
        listsOnly.delete("/6/lists/" + listId).assertStatus(204);
        owner.get("/6/faces/" + face).assertStatus(200);
    }
}
