package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/**
 * What {@code /6/faces} refuses: another account's faces, lists and attributes, wrong requests and
 * missing permissions. Each refusal answers its error and leaves the stored faces as they were.
 */
@ExtendWith(RunningStack.class)
class FaceRefusalsTest {

    private static Map<String, Object> snapshot(Api client, String faceId) {
        var face = client.get("/6/faces/" + faceId).assertStatus(200).json().toString();
        var attribute = client.get("/6/faces/" + faceId + "/attributes").assertStatus(200).json().toString();
        return Map.of("face", face, "attribute", attribute);
    }

    @Test
    void anotherAccountNeitherSeesNorTouchesTheFacesThroughAnyRoute(Api api, RunningStack.Started stack) {
        var ownerAccount = api.newAccount("user");
        var owner = ownerAccount.withToken();
        var strangerAccount = api.newAccount("user");
        var stranger = strangerAccount.withToken();
        var ownList = ListsTest.createList(owner, "own");
        var attribute = owner.postJson("/6/attributes", Map.of("basic_attributes", Map.of("age", 40, "gender", 1, "ethnicity", 3)))
                .assertStatus(201).text("attribute_id");
        var faceId = FacesTest.createFace(owner, Map.of("attribute", Map.of("attribute_id", attribute), "user_data", "owner's",
                "external_id", "owned", "lists", List.of(ownList)));
        var strangersList = ListsTest.createList(stranger, "theirs");
        var before = snapshot(owner, faceId);
        var path = "/6/faces/" + faceId;

        stranger.get(path).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.head(path).assertStatus(404);
        stranger.patchJson(path, Map.of("user_data", "taken")).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.delete(path).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.get(path + "/attributes").assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.get(path + "/attributes/samples").assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.putJson(path + "/attributes", Map.of("basic_attributes", Map.of("age", 1, "gender", 0, "ethnicity", 1))).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.delete(path + "/attributes").assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.deleteJson("/6/faces", Map.of("face_ids", List.of(faceId))).assertError(ErrorCode.FACE_NOT_FOUND);
        stranger.deleteJson("/6/faces?ignore=1", Map.of("face_ids", List.of(faceId))).assertStatus(204);
        stranger.patchJson("/6/lists/" + strangersList + "/faces", Map.of("action", "attach", "face_ids", List.of(faceId)))
                .assertError(ErrorCode.FACE_NOT_FOUND);
        // another account's temporary attribute and list are as unknown as missing ones
        stranger.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attribute))).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        stranger.postJson("/6/faces", Map.of("lists", List.of(ownList))).assertError(ErrorCode.LIST_NOT_FOUND);
        var strangersFace = FacesTest.createFace(stranger, Map.of());
        stranger.putJson("/6/faces/" + strangersFace + "/attributes", Map.of("attribute_id", attribute)).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        for (var query : List.of("face_ids=" + faceId, "external_ids=owned", "user_data=owner", "list_id=" + ownList, "")) {
            assertThat(FacesTest.ids(stranger.get("/6/faces?" + query).assertStatus(200).json().get("faces"), "face_id"))
                    .as(query).doesNotContain(faceId);
        }
        assertThat(stranger.get("/6/faces/count?face_ids=" + faceId).json().get("faces_count").asInt()).isZero();
        assertThat(stranger.get("/6/faces/attributes/count").json().get("faces_count").asInt()).isZero();
        assertThat(stranger.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(1);

        assertThat(snapshot(owner, faceId)).isEqualTo(before);
        assertThat(FacesTest.ids(owner.get("/6/faces?list_id=" + ownList).json().get("faces"), "face_id")).containsExactly(faceId);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.faces(ownerAccount.id())).isEqualTo(1);
            assertThat(stored.faces(strangerAccount.id())).isEqualTo(1);
            assertThat(stored.members(strangersList)).isZero();
        }
    }

    @Test
    void aWrongRequestIsRefusedWithItsErrorAndChangesNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var listId = ListsTest.createList(client, "l");
        var faceId = FacesTest.createFace(client, Map.of("user_data", "kept", "lists", List.of(listId),
                "attribute", Map.of("basic_attributes", Map.of("age", 20, "gender", 0, "ethnicity", 4))));
        var before = snapshot(client, faceId);
        var path = "/6/faces/" + faceId;
        var unknown = UUID.randomUUID().toString();

        client.post("/6/faces", "text/plain", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post("/6/faces", "application/json", "{".getBytes()).assertError(ErrorCode.BAD_JSON);
        assertDetail(client.postJson("/6/faces", Map.of("userdata", "x")).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: 'userdata', message: 'extra fields not permitted'");
        assertDetail(client.postJson("/6/faces", Map.of("external_id", "x".repeat(37))).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: 'external_id', message: 'length must be between 0 and 36'");
        client.postJson("/6/faces", Map.of("user_data", "x".repeat(129))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/faces", Map.of("avatar", "x".repeat(257))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/faces", Map.of("avatar", "not a uri")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/faces", Map.of("event_id", "nope")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/faces", Map.of("lists", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/faces", Map.of("lists", List.of(listId, listId))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertDetail(client.postJson("/6/faces", Map.of("lists", List.of(listId, unknown))).assertError(ErrorCode.LIST_NOT_FOUND),
                "List with id '" + unknown + "' not found");
        client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", unknown))).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        assertDetail(client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", unknown, "basic_attributes", Map.of())))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED), "Failed to validate input json. Path: 'attribute.basic_attributes', message: 'extra fields not permitted'");
        assertDetail(client.postJson("/6/faces", Map.of("attribute", Map.of("basic_attributes", Map.of("age", 200, "gender", 0, "ethnicity", 1))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED), "Failed to validate input json. Path: 'attribute.basic_attributes.age', message: 'must be an integer from 0 to 120'");
        client.postJson("/6/faces", Map.of("attribute", Map.of("face_descriptors", List.of(Map.of("descriptor", "AAAA", "version", 56)))))
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION);
        client.postJson("/6/faces", Map.of("attribute", Map.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);

        client.get("/6/faces/not-an-id").assertError(ErrorCode.BAD_PATH_ID);
        client.get("/6/faces?page_size=0").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces?face_ids=" + faceId + ",x").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces?targets=face_id,descriptor").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces?create_time__lt=soon").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces?list_id=x").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces/count?face_id__gte=x").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/faces?external_ids=a,,b").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.head(path + "?targets=nothing").assertStatus(400);
        client.get(path + "/attributes?descriptor_version=56").assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION);
        client.get(path + "/attributes?descriptor_format=xml").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get(path + "/attributes?targets=face_id").assertError(ErrorCode.BAD_QUERY_PARAMETER);

        client.patchJson(path, Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path, Map.of("userdata", "x")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path, Map.of("user_data", 5)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var nullUserData = new LinkedHashMap<String, Object>();
        nullUserData.put("user_data", null);
        client.patchJson(path, nullUserData).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.patchJson(path, Map.of("external_id", "e".repeat(37), "user_data", "changed")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.send("PATCH", path, "text/plain", HttpRequest.BodyPublishers.ofString("{\"user_data\":\"a\"}")).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.patchJson("/6/faces/" + unknown, Map.of("user_data", "x")).assertError(ErrorCode.FACE_NOT_FOUND);

        client.putJson(path + "/attributes", Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.putJson(path + "/attributes", Map.of("attribute_id", "x")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.putJson(path + "/attributes", Map.of("attribute_id", unknown)).assertError(ErrorCode.ATTRIBUTE_NOT_FOUND);
        client.putJson("/6/faces/" + unknown + "/attributes", Map.of("attribute_id", unknown)).assertError(ErrorCode.FACE_NOT_FOUND);

        client.deleteJson("/6/faces", Map.of("face_ids", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.deleteJson("/6/faces", Map.of("faces", List.of(faceId))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.deleteJson("/6/faces?ignore=2", Map.of("face_ids", List.of(faceId))).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        var tooMany = new ArrayList<String>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        client.deleteJson("/6/faces?ignore=1", Map.of("face_ids", tooMany)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.delete("/6/faces/" + unknown).assertError(ErrorCode.FACE_NOT_FOUND);

        assertThat(snapshot(client, faceId)).isEqualTo(before);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.faces(account.id())).isEqualTo(1);
            assertThat(stored.members(listId)).isEqualTo(1);
            assertThat(stored.lists(account.id())).isEqualTo(1);
        }
    }

    @Test
    void eachFaceRouteAsksForItsPermissionAndMoreWhenItReadsAnAttributeOrChangesLists(Api api) {
        var account = api.newAccount("user");
        var owner = account.withToken();
        var listId = ListsTest.createList(owner, "l");
        var attribute = owner.postJson("/6/attributes", Map.of("basic_attributes", Map.of("age", 40, "gender", 1, "ethnicity", 3)))
                .assertStatus(201).text("attribute_id");
        var faceId = FacesTest.createFace(owner, Map.of());
        var viewer = account.withToken(Map.of("face", List.of("view")));
        var creator = account.withToken(Map.of("face", List.of("creation")));

        assertDetail(viewer.postJson("/6/faces", Map.of()).assertError(ErrorCode.PERMISSION_DENIED), "Permission 'creation' on 'face' is required");
        viewer.patchJson("/6/faces/" + faceId, Map.of("user_data", "x")).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.putJson("/6/faces/" + faceId + "/attributes", Map.of("attribute_id", attribute)).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.delete("/6/faces/" + faceId + "/attributes").assertError(ErrorCode.PERMISSION_DENIED);
        viewer.delete("/6/faces/" + faceId).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.deleteJson("/6/faces", Map.of("face_ids", List.of(faceId))).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.get("/6/faces/" + faceId).assertStatus(200);
        creator.get("/6/faces/" + faceId).assertError(ErrorCode.PERMISSION_DENIED);
        creator.get("/6/faces/count").assertError(ErrorCode.PERMISSION_DENIED);
        assertDetail(creator.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attribute))).assertError(ErrorCode.PERMISSION_DENIED),
                "Permission 'view' on 'attribute' is required");
        assertDetail(creator.postJson("/6/faces", Map.of("lists", List.of(listId))).assertError(ErrorCode.PERMISSION_DENIED),
                "Permission 'modification' on 'list' is required");

        assertThat(owner.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(1);
        creator.postJson("/6/faces", Map.of("user_data", "plain")).assertStatus(201);
        account.withToken(Map.of("face", List.of("creation"), "attribute", List.of("view"), "list", List.of("modification")))
                .postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attribute), "lists", List.of(listId))).assertStatus(201);
        assertThat(owner.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(3);
    }

    private static void assertDetail(Api.Reply reply, String detail) {
        assertThat(reply.text("detail")).isEqualTo(detail);
    }
}
