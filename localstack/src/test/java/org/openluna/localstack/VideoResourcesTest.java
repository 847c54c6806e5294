package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.VideoStreamsTest.awaitStatus;
import static org.openluna.localstack.VideoStreamsTest.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.streams.AnalyticsCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * The video resources as the seed documents them, apart from what a stream does with its video: a
 * stream's fields, filters, versions and deletion; the refusals that change nothing; groups and the
 * linker; the analytics catalogue; logs. Streams here read a port nobody listens on, so each ends in
 * {@code failure} at once.
 */
@ExtendWith(RunningStack.class)
class VideoResourcesTest {
    private static final String NOWHERE = "http://127.0.0.1:9/none.mp4";

    @Test
    void aStreamShowsWhatWasSetWithItsDefaultsAndVersions(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = handler(client);
        var body = new java.util.LinkedHashMap<>(stream("gate", NOWHERE, handler, Map.of("restart", 0, "attempt_count", 3, "delay", 5)));
        body.put("description", "the north gate");
        body.put("location", Map.of("city", "Moscow", "geo_position", Map.of("longitude", 37.6, "latitude", 55.7)));
        var streamId = client.postJson("/6/streams", body).assertStatus(201).text("stream_id");

        var shown = client.get("/6/streams/" + streamId).assertStatus(200).json();
        assertThat(shown.get("name").asString()).isEqualTo("gate");
        assertThat(shown.get("description").asString()).isEqualTo("the north gate");
        assertThat(shown.get("data").get("timestamp_source").asString()).isEqualTo("auto");
        assertThat(shown.get("data").get("rotation").asInt()).isZero();
        assertThat(shown.get("data").get("downloadable").asBoolean()).isFalse();
        assertThat(shown.get("location").get("city").asString()).isEqualTo("Moscow");
        assertThat(shown.get("location").get("geo_position").get("latitude").asDouble()).isEqualTo(55.7);
        assertThat(shown.get("autorestart").get("attempt_count").asInt()).isEqualTo(3);
        assertThat(shown.get("autorestart").get("status").asString()).isEqualTo("disabled");
        assertThat(shown.get("version").asInt()).isEqualTo(1);
        var parameters = shown.get("analytics").get(0).get("parameters");
        assertThat(parameters.get("handler_id").asString()).isEqualTo(handler);
        assertThat(parameters.get("min_face_size").asInt()).as("a default filled in").isEqualTo(40);
        client.head("/6/streams/" + streamId).assertStatus(200);

        var replaced = client.putJson("/6/streams/" + streamId, stream("gate 2", NOWHERE, handler, Map.of())).assertStatus(200).json();
        assertThat(replaced.get("version").asInt()).isEqualTo(2);
        var again = client.get("/6/streams/" + streamId).assertStatus(200).json();
        assertThat(again.get("name").asString()).isEqualTo("gate 2");
        assertThat(again.get("description").asString()).as("a replacement sets every field").isEmpty();
        client.putJson("/6/streams/" + UUID.randomUUID(), stream("x", NOWHERE, handler, Map.of())).assertError(ErrorCode.STREAM_NOT_FOUND);

        var other = api.newAccount("user").withToken();
        other.get("/6/streams/" + streamId).assertError(ErrorCode.STREAM_NOT_FOUND);
        other.putJson("/6/streams/" + streamId, stream("mine", NOWHERE, handler(other), Map.of())).assertError(ErrorCode.STREAM_NOT_FOUND);
        other.patchJson("/6/streams/" + streamId + "?action=stop", Map.of()).assertError(ErrorCode.STREAM_NOT_FOUND);
        other.delete("/6/streams/" + streamId).assertError(ErrorCode.STREAM_NOT_FOUND);
        assertThat(other.get("/6/streams/count").assertStatus(200).json().get("streams_count").asInt()).isZero();

        client.delete("/6/streams/" + streamId).assertStatus(204);
        client.get("/6/streams/" + streamId).assertError(ErrorCode.STREAM_NOT_FOUND);
        client.head("/6/streams/" + streamId).assertStatus(404);
    }

    @Test
    void listsFilterCountAndDeleteInBulk(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = handler(client);
        var ids = new ArrayList<String>();
        for (var name : List.of("a", "b", "c")) {
            ids.add(client.postJson("/6/streams", stream(name, NOWHERE, handler, Map.of())).assertStatus(201).text("stream_id"));
        }
        assertThat(names(client.get("/6/streams").assertStatus(200).json())).as("newest first by default").containsExactly("c", "b", "a");
        assertThat(names(client.get("/6/streams?order=asc&page_size=2").assertStatus(200).json())).containsExactly("a", "b");
        assertThat(names(client.get("/6/streams?order=asc&page_size=2&page=2").assertStatus(200).json())).containsExactly("c");
        assertThat(names(client.get("/6/streams?names=a,c").assertStatus(200).json())).containsExactlyInAnyOrder("a", "c");
        assertThat(names(client.get("/6/streams?stream_ids=" + ids.get(1)).assertStatus(200).json())).containsExactly("b");
        assertThat(names(client.get("/6/streams?reference=" + NOWHERE).assertStatus(200).json())).hasSize(3);
        client.get("/6/streams?statuses=7").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.get("/6/streams?order=up").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        assertThat(client.get("/6/streams/count?names=b").assertStatus(200).json().get("streams_count").asInt()).isEqualTo(1);

        client.deleteJson("/6/streams", Map.of("stream_ids", List.of(ids.get(0), ids.get(2), UUID.randomUUID().toString()))).assertStatus(204);
        assertThat(names(client.get("/6/streams").assertStatus(200).json())).containsExactly("b");
        client.deleteJson("/6/streams", Map.of("stream_ids", List.of(ids.get(1)), "extra", 1)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void refusedStreamsAreNotMade(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = handler(client);
        client.postJson("/6/streams", Map.of("analytics", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("data");
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", NOWHERE), "analytics", List.of()))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("analytics");
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", NOWHERE, "rotation", 45),
                "analytics", analytics(handler))).assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("data.rotation");
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", "ftp://example.com/a.mp4"),
                "analytics", analytics(handler))).assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("data.reference");
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", "http://127.0.0.1:" + api.port() + "/6/version"),
                "analytics", analytics(handler))).assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("own services");
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", NOWHERE),
                "analytics", List.of(Map.of("analytic_name", "people_count")))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", NOWHERE),
                "analytics", List.of(Map.of("analytic_name", "mood")))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", NOWHERE),
                "analytics", List.of(Map.of("analytic_name", "face_events", "parameters", Map.of("handler_id", handler, "rate", 100)))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("analytics.0.parameters.rate");
        client.postJson("/6/streams", stream("", NOWHERE, UUID.randomUUID().toString(), Map.of())).assertError(ErrorCode.HANDLER_NOT_FOUND);
        var body = new java.util.LinkedHashMap<>(stream("", NOWHERE, handler, Map.of()));
        body.put("group_name", "nosuchgroup");
        client.postJson("/6/streams", body).assertError(ErrorCode.GROUP_NAME_NOT_FOUND);

        // a token that may make streams but not send events through that handler makes none
        var streamsOnly = api.newAccount("user");
        var owner = streamsOnly.withToken();
        var ownHandler = handler(owner);
        var narrow = streamsOnly.withToken(Map.of("video_stream", List.of("creation", "view"), "event", List.of("creation"),
                "emit_events", Map.of("allowed", 1, "white_list", List.of(UUID.randomUUID().toString()))));
        narrow.postJson("/6/streams", stream("", NOWHERE, ownHandler, Map.of())).assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(owner.get("/6/streams/count").assertStatus(200).json().get("streams_count").asInt()).isZero();
        assertThat(client.get("/6/streams/count").assertStatus(200).json().get("streams_count").asInt()).isZero();
    }

    @Test
    void groupsHoldStreamsByTheLinker(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = handler(client);
        var groupId = client.postJson("/6/groups", Map.of("group_name", "hall", "description", "the hall")).assertStatus(201).text("group_id");
        client.postJson("/6/groups", Map.of("group_name", "hall")).assertError(ErrorCode.GROUP_NAME_TAKEN);
        client.postJson("/6/groups", Map.of("group_name", "no spaces")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var body = new java.util.LinkedHashMap<>(stream("named", NOWHERE, handler, Map.of()));
        body.put("group_name", "hall");
        var named = client.postJson("/6/streams", body).assertStatus(201).text("stream_id");
        var linked = client.postJson("/6/streams", stream("linked", NOWHERE, handler, Map.of())).assertStatus(201).text("stream_id");

        assertThat(client.get("/6/streams/" + named).assertStatus(200).json().get("groups").get(0).asString()).isEqualTo("hall");
        client.patchJson("/6/linker", Map.of("action", "attach", "group_id", groupId, "stream_ids", List.of(linked))).assertStatus(204);
        assertThat(names(client.get("/6/streams?group_name=hall").assertStatus(200).json())).containsExactlyInAnyOrder("named", "linked");
        client.patchJson("/6/linker", Map.of("action", "detach", "group_id", groupId, "stream_ids", List.of(named))).assertStatus(204);
        assertThat(names(client.get("/6/streams?group_name=hall").assertStatus(200).json())).containsExactly("linked");

        var group = client.get("/6/groups/" + groupId).assertStatus(200).json();
        assertThat(group.get("group_name").asString()).isEqualTo("hall");
        assertThat(group.get("description").asString()).isEqualTo("the hall");
        client.patchJson("/6/groups/" + groupId, Map.of("description", "the big hall")).assertStatus(204);
        assertThat(client.get("/6/groups?group_names=hall").assertStatus(200).json().get("groups").get(0).get("description").asString())
                .isEqualTo("the big hall");
        assertThat(client.get("/6/groups/count").assertStatus(200).json().get("groups_count").asInt()).isEqualTo(1);

        var other = api.newAccount("user").withToken();
        other.get("/6/groups/" + groupId).assertError(ErrorCode.GROUP_NOT_FOUND);
        other.patchJson("/6/linker", Map.of("action", "attach", "group_id", groupId, "stream_ids", List.of(linked)))
                .assertError(ErrorCode.GROUP_NOT_FOUND);
        var otherGroup = other.postJson("/6/groups", Map.of("group_name", "hall")).assertStatus(201).text("group_id");
        other.patchJson("/6/linker", Map.of("action", "attach", "group_id", otherGroup, "stream_ids", List.of(linked)))
                .assertError(ErrorCode.STREAM_NOT_FOUND);

        client.delete("/6/groups/" + groupId).assertStatus(204);
        assertThat(client.get("/6/streams/" + linked).assertStatus(200).json().get("groups").size()).as("out of the deleted group").isZero();
        client.get("/6/groups/" + groupId).assertError(ErrorCode.GROUP_NOT_FOUND);
    }

    @Test
    void theCatalogueOffersTheFaceAnalyticWithItsSchemaAndDocs(Api api) {
        var client = api.newAccount("user").withToken();
        var analytics = client.get("/6/analytics").assertStatus(200).json().get("analytics");
        assertThat(analytics.size()).isEqualTo(1);
        var id = AnalyticsCatalogue.FACE_EVENTS.id().toString();
        var analytic = client.get("/6/analytics/" + id).assertStatus(200).json();
        assertThat(analytic.get("analytic_name").asString()).isEqualTo("face_events");
        assertThat(analytic.get("default_parameters").get("rate").asDouble()).isEqualTo(5.0);
        assertThat(analytic.get("validation_schema").get("required").get(0).asString()).isEqualTo("handler_id");
        var docs = client.get("/6/analytics/" + id + "/docs").assertStatus(200);
        assertThat(docs.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(new String(docs.bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("<h1>face_events</h1>");
        assertThat(client.get("/6/analytics?names=people_count").assertStatus(200).json().get("analytics").size()).isZero();
        client.get("/6/analytics/" + UUID.randomUUID()).assertError(ErrorCode.ANALYTIC_NOT_FOUND);
    }

    @Test
    void deletingOldLogsKeepsEachStreamsLast(Api api) {
        var client = api.newAccount("user").withToken();
        var streamId = client.postJson("/6/streams", stream("", NOWHERE, handler(client), Map.of())).assertStatus(201).text("stream_id");
        var failed = awaitStatus(client, streamId, 4);
        assertThat(failed.get("last_error").asString()).contains("127.0.0.1:9");
        var logs = client.get("/6/streams/logs?stream_ids=" + streamId).assertStatus(200).json().get("logs");
        assertThat(logs.size()).as("pending, in progress, failure").isEqualTo(3);

        var future = java.time.Instant.now().plusSeconds(60).toString();
        var deleted = client.delete("/6/streams/logs?log_time__lt=" + future).assertStatus(200).json();
        assertThat(deleted.get("deleted_count").asInt()).isEqualTo(2);
        var left = client.get("/6/streams/logs?stream_ids=" + streamId).assertStatus(200).json().get("logs");
        assertThat(left.size()).isEqualTo(1);
        assertThat(left.get(0).get("status").asInt()).as("the last entry").isEqualTo(4);
        client.delete("/6/streams/logs").assertError(ErrorCode.REQUIRED_QUERY_PARAMETER);
    }

    private static String handler(Api client) {
        return client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
    }

    private static List<Map<String, Object>> analytics(String handler) {
        return List.of(Map.of("analytic_name", "face_events", "parameters", Map.of("handler_id", handler)));
    }

    private static List<String> names(JsonNode answer) {
        var names = new ArrayList<String>();
        answer.get("streams").forEach(s -> names.add(s.get("name").asString()));
        return names;
    }
}
