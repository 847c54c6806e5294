package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;

/**
 * Wrong requests to {@code POST /6/handlers/{handler_id}/events}: each gets the documented error and
 * leaves nothing behind (no event, no face, no notification).
 */
@ExtendWith(RunningStack.class)
class EventRefusalsTest {

    @Test
    void aMalformedPolicyAnUnknownListANonImageBodyAndAnOversizedBatchAreRefusedAndStoreNothing(Api api, RunningStack.Started stack)
            throws Exception {
        var account = api.newAccount("user");
        var client = account.withToken();
        var dynamic = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var fixed = client.postJson("/6/handlers", Map.of("policies", Map.of("storage_policy",
                Map.of("face_policy", Map.of("store_face", 1))))).assertStatus(201).text("handler_id");
        var photo = DetectorTest.photo(Asset.PHOTO_1);
        try (var subscriber = EventsTest.sender(stack, account.id(), "")) {
            var malformed = client.postForm("/6/handlers/" + dynamic + "/events", new MultipartForm()
                    .field("policies", "application/json", Json.write(Map.of("detect_policy", Map.of("detect_face", 5))))
                    .image("sample1.jpg", "image/jpeg", photo)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(malformed.json().get("detail").asString()).contains("policies.detect_policy.detect_face");

            var unknownList = UUID.randomUUID().toString();
            var missing = client.postForm("/6/handlers/" + dynamic + "/events", new MultipartForm()
                    .field("policies", "application/json", Json.write(Map.of("match_policy",
                            List.of(Map.of("label", "x", "candidates", Map.of("origin", "faces", "list_id", unknownList))))))
                    .image("sample1.jpg", "image/jpeg", photo)).assertError(ErrorCode.LIST_NOT_FOUND);
            assertThat(missing.json().get("detail").asString()).contains(unknownList);

            client.post("/6/handlers/" + dynamic + "/events", "image/jpeg", photo).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            client.postForm("/6/handlers/" + fixed + "/events", new MultipartForm()
                    .field("policies", "application/json", Json.write(Map.of()))
                    .image("sample1.jpg", "image/jpeg", photo)).assertError(ErrorCode.JSON_VALIDATION_FAILED);

            client.post("/6/handlers/" + fixed + "/events", "text/plain", "a face, honestly".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
            var notAnImage = client.post("/6/handlers/" + fixed + "/events", "image/jpeg", "a face, honestly".getBytes())
                    .assertStatus(201).json();
            assertThat(notAnImage.get("images").get(0).get("status").asInt()).isZero();
            assertThat(notAnImage.get("images").get(0).get("error").get("error_code").asInt()).isEqualTo(ErrorCode.IMAGE_DECODING_FAILED.code());
            assertThat(notAnImage.get("events").size()).isZero();

            var oversized = new MultipartForm();
            for (int i = 0; i < 101; i++) {
                oversized.image("tiny" + i + ".jpg", "image/jpeg", TestImages.jpeg());
            }
            client.postForm("/6/handlers/" + fixed + "/events", oversized).assertError(ErrorCode.TOO_MANY_IMAGES);

            client.post("/6/handlers/" + UUID.randomUUID() + "/events", "image/jpeg", photo).assertError(ErrorCode.HANDLER_NOT_FOUND);
            client.post("/6/handlers/not-an-id/events", "image/jpeg", photo).assertError(ErrorCode.BAD_PATH_ID);
            client.post("/6/handlers/" + fixed + "/events?track_id=no%20spaces", "image/jpeg", photo).assertError(ErrorCode.BAD_QUERY_PARAMETER);
            client.post("/6/handlers/" + fixed + "/events?image_type=2", "image/jpeg", photo).assertError(ErrorCode.FEATURE_UNAVAILABLE);
            client.post("/6/handlers/" + fixed + "/events?city=" + "c".repeat(37), "image/jpeg", photo).assertError(ErrorCode.BAD_QUERY_PARAMETER);

            assertThat(EventsTest.eventIds(client, "handler_ids=" + dynamic + "," + fixed)).isEmpty();
            assertThat(client.get("/6/faces/count").assertStatus(200).json().get("faces_count").asInt()).isZero();
            assertThat(subscriber.next(Duration.ofSeconds(1))).as("no notification").isNull();
        }
    }

    @Test
    void aTokenWithoutEventCreationCannotRunAHandler(Api api) {
        var account = api.newAccount("user");
        var handler = account.api().postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var viewer = account.withToken(Map.of("handler", List.of("view"), "event", List.of("view")));
        viewer.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1)).assertError(ErrorCode.PERMISSION_DENIED);
        viewer.get("/6/events").assertStatus(200);
        account.withToken(Map.of("face", List.of("view"))).get("/6/events").assertError(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void badEventQueriesAreRefusedByName(Api api) {
        var client = api.newAccount("user").withToken();
        var refused = new LinkedHashMap<String, String>();
        refused.put("gender=2", "gender");
        refused.put("emotions=8", "emotions");
        refused.put("liveness=3,null", "liveness");
        refused.put("age__gte=x", "age__gte");
        refused.put("order=up", "order");
        refused.put("target=nothing", "target");
        refused.put("top_similar_object_similarity__gte=1.5", "top_similar_object_similarity__gte");
        refused.put("origin_longitude=200&origin_latitude=1", "origin_longitude");
        refused.put("longitude_delta=1", "origin_longitude");
        refused.put("track_ids=has%20space", "track_ids");
        refused.put("event_ids=x", "event_ids");
        refused.put("meta.a-b=1", "meta.a-b");
        refused.put("meta.a__between=1", "meta.a__between");
        refused.put("meta.a:integer=x", "meta.a:integer");
        refused.put("page_size=0", "page_size");
        refused.put("create_time__gte=yesterday", "create_time__gte");
        refused.put("sleeve_lengths=medium", "sleeve_lengths");
        refused.forEach((query, name) -> assertThat(client.get("/6/events?" + query).assertError(ErrorCode.BAD_QUERY_PARAMETER)
                .json().get("detail").asString()).as(query).isEqualTo("Bad query parameters '" + name + "'"));
        client.get("/6/events/" + UUID.randomUUID()).assertError(ErrorCode.EVENT_NOT_FOUND);
        client.head("/6/events/" + UUID.randomUUID()).assertStatus(404);
        client.postJson("/6/events/stats", Map.of("targets", List.of(Map.of("column", "age", "aggregator", "median"))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/events/stats", Map.of("filters", List.of(Map.of("column", "source", "operator", "gt", "value", "a"))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/events/stats", Map.of("group_by", "fortnight")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/events/stats", Map.of("period", List.of(), "periods", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }
}
