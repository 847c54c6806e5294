package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/handlers/{handler_id}/stream_events}: warps a video client cut out of its frames,
 * with their boxes in the frame and each event's facts, become events as a handler's photos do, matched
 * with the similarity the matcher gives; refused bodies store nothing.
 */
@ExtendWith(RunningStack.class)
class StreamEventsTest {
    private static final MessagePackMapper MSGPACK = new MessagePackMapper();

    /** A face of a photo as a video client would send it: the 250 px warp and its box in the frame. */
    record Warp(byte[] bytes, JsonNode rect, String sampleId) {}

    @Test
    void eachWarpIsAnEventWithItsOwnFactsAndTheMatcherSimilarity(Api api) {
        var client = api.newAccount("user").withToken();
        var enrolled = KnownPeople.enrol(client);
        var known = enrolled.listId();
        var people = enrolled.faces();
        var handler = enrolled.handler();
        var warps = warps(client, Asset.PHOTO_3);
        var woman = warps.get(1);
        var track = "track-" + UUID.randomUUID().toString().substring(0, 8);

        var body = Map.of("aggregate_attributes", 0, "sources", List.of(Map.of(
                "source_type", "detections", "filename", "frame_17.jpg", "detect_time", "2026-11-20T10:48:14.741Z", "detect_ts", 12.5,
                "source", List.of(
                        detection(woman, Map.of("event_time", "2026-11-20T10:48:14.000Z", "event_end_time", "2026-11-20T10:48:15.000Z",
                                "track_id", track, "source", "door 3", "location", Map.of("city", "Moscow",
                                        "geo_position", Map.of("latitude", 55.752, "longitude", 36.616))), 1),
                        detection(warps.get(0), Map.of("track_id", "another"), 1)))));
        var answer = client.post("/6/handlers/" + handler + "/stream_events", "application/msgpack", pack(body))
                .assertStatus(201).json();

        assertThat(answer.get("images").size()).as("one entry per warp").isEqualTo(2);
        assertThat(answer.get("images").get(0).get("filename").asString()).isEqualTo("frame_17.jpg");
        assertThat(answer.get("events").size()).isEqualTo(2);
        var event = answer.get("events").get(0);
        assertThat(event.get("track_id").asString()).isEqualTo(track);
        assertThat(event.get("source").asString()).isEqualTo("door 3");
        assertThat(event.get("location").get("city").asString()).isEqualTo("Moscow");
        var detection = event.get("detections").get(0);
        assertThat(detection.get("detect_time").asString()).isEqualTo("2026-11-20T10:48:14.741Z");
        assertThat(detection.get("detect_ts").asDouble()).isEqualTo(12.5);
        assertThat(detection.get("samples").get("face").get("detection").get("rect")).as("the box in the frame, not in the warp")
                .isEqualTo(woman.rect());
        var top = event.get("matches").get(0).get("candidates").get(0);
        assertThat(top.get("face").get("face_id").asString()).as("the woman of sample1 is the woman of sample3").isEqualTo(people.get(2));
        assertThat(top.get("similarity").asDouble()).isEqualTo(matcherSimilarity(client, woman.sampleId(), known));
        assertThat(answer.get("events").get(1).get("track_id").asString()).isEqualTo("another");

        var stored = client.get("/6/events?track_ids=" + track).assertStatus(200).json().get("events");
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(0).get("event_id").asString()).isEqualTo(event.get("event_id").asString());
        assertThat(stored.get(0).get("create_time").asString()).isEqualTo("2026-11-20T10:48:14.000Z");
        assertThat(stored.get(0).get("end_time").asString()).isEqualTo("2026-11-20T10:48:15.000Z");
    }

    @Test
    void aggregatedSourcesAreOneEventEachAndOnlyTrustedWarpsAreTakenAtTheirWord(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of("extract_policy", Map.of("extract_basic_attributes", 1))))
                .assertStatus(201).text("handler_id");
        var warps = warps(client, Asset.PHOTO_1);
        var landscape = new Warp(DetectorTest.photo(Asset.LANDSCAPE), warps.get(0).rect(), null);

        var body = Map.of("aggregate_attributes", 1, "sources", List.of(
                Map.of("source_type", "detections", "filename", "a.jpg", "source", List.of(
                        jsonDetection(warps.get(0), Map.of("track_id", "a"), 1), jsonDetection(warps.get(1), Map.of("track_id", "b"), 0))),
                Map.of("source_type", "detections", "filename", "b.jpg", "source", List.of(jsonDetection(landscape, Map.of(), 0))),
                Map.of("source_type", "detections", "filename", "c.jpg", "source", List.of(jsonDetection(landscape, Map.of(), 1)))));
        var answer = client.postJson("/6/handlers/" + handler + "/stream_events", body).assertStatus(201).json();

        assertThat(answer.get("images").size()).isEqualTo(4);
        var events = answer.get("events");
        assertThat(events.size()).as("a.jpg's two faces as one; none in an untrusted landscape; a trusted one at its word").isEqualTo(2);
        assertThat(events.get(0).get("detections").size()).as("the untrusted warp of a face is found again").isEqualTo(2);
        assertThat(events.get(0).get("track_id").asString()).as("the source's first warp gives the facts").isEqualTo("a");
        assertThat(events.get(0).get("face_attributes").get("basic_attributes").get("age").isInt()).isTrue();
        assertThat(events.get(1).get("detections").get(0).get("filename").asString()).isEqualTo("c.jpg");
    }

    @Test
    void aWrongBodyIsRefusedAndStoresNothing(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var warp = warps(client, Asset.PHOTO_1).get(0);
        var url = "/6/handlers/" + handler + "/stream_events";
        var good = detection(warp, Map.of(), 1);

        client.post(url, "application/msgpack", new byte[] {(byte) 0x80}).assertError(ErrorCode.JSON_VALIDATION_FAILED)
                .assertDetailContains("aggregate_attributes");
        client.post(url, "application/msgpack", new byte[] {(byte) 0xc1}).assertError(ErrorCode.BAD_MSGPACK);
        client.post(url, "image/jpeg", warp.bytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        client.post(url, "application/msgpack", pack(Map.of("aggregate_attributes", 0, "sources", List.of(
                Map.of("source_type", "images", "source", List.of(good)))))).assertError(ErrorCode.JSON_VALIDATION_FAILED)
                .assertDetailContains("sources.0.source_type");
        var noBox = new HashMap<>(good);
        noBox.put("body", Map.of("warp", warp.bytes()));
        client.post(url, "application/msgpack", pack(Map.of("aggregate_attributes", 0, "sources", List.of(
                Map.of("source_type", "detections", "source", List.of(good, noBox)))))).assertError(ErrorCode.JSON_VALIDATION_FAILED)
                .assertDetailContains("sources.0.source.1.body.origin_bounding_box");
        client.post(url, "application/msgpack", pack(Map.of("aggregate_attributes", 0, "sources", List.of(
                Map.of("source_type", "detections", "source", List.of(detection(warp, Map.of("stream_id", "not an id"), 1)))))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.post(url, "application/msgpack", pack(Map.of("aggregate_attributes", 0, "sources", List.of(
                Map.of("source_type", "detections", "source", java.util.Collections.nCopies(101, good)))))).assertError(ErrorCode.TOO_MANY_IMAGES);
        client.post("/6/handlers/" + UUID.randomUUID() + "/stream_events", "application/msgpack", pack(Map.of("aggregate_attributes", 0,
                "sources", List.of(Map.of("source_type", "detections", "source", List.of(good)))))).assertError(ErrorCode.HANDLER_NOT_FOUND);

        var other = api.newAccount("user").withToken();
        other.post(url, "application/msgpack", pack(Map.of("aggregate_attributes", 0, "sources", List.of(
                Map.of("source_type", "detections", "source", List.of(good)))))).assertError(ErrorCode.HANDLER_NOT_FOUND);

        assertThat(EventsTest.eventIds(client, "handler_ids=" + handler)).isEmpty();
        assertThat(client.get("/6/faces/count").assertStatus(200).json().get("faces_count").asInt()).isZero();
    }

    /** The faces of a photo from the left, as /6/detector stores their samples. */
    private static List<Warp> warps(Api client, Asset photo) {
        var samples = new ArrayList<JsonNode>();
        client.post("/6/detector", "image/jpeg", DetectorTest.photo(photo)).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples").forEach(s -> samples.add(s.get("face")));
        samples.sort(Comparator.comparingInt(s -> s.get("detection").get("rect").get("x").asInt()));
        return samples.stream().map(s -> {
            var id = s.get("sample_id").asString();
            return new Warp(client.get("/6/samples/faces/" + id).assertStatus(200).bytes(), s.get("detection").get("rect"), id);
        }).toList();
    }

    private static Map<String, Object> detection(Warp warp, Map<String, Object> sourceData, int trusted) {
        var rect = warp.rect();
        return Map.of("body", Map.of("warp", warp.bytes(), "origin_bounding_box", Map.of("x", rect.get("x").asInt(),
                        "y", rect.get("y").asInt(), "width", rect.get("width").asInt(), "height", rect.get("height").asInt())),
                "source_data", sourceData, "trusted_detections", trusted);
    }

    private static Map<String, Object> jsonDetection(Warp warp, Map<String, Object> sourceData, int trusted) {
        var packed = new HashMap<>(detection(warp, sourceData, trusted));
        var rect = warp.rect();
        packed.put("body", Map.of("warp", Base64.getEncoder().encodeToString(warp.bytes()), "origin_bounding_box", Map.of(
                "x", rect.get("x").asInt(), "y", rect.get("y").asInt(), "width", rect.get("width").asInt(), "height", rect.get("height").asInt())));
        return packed;
    }

    private static byte[] pack(Object body) {
        try {
            return MSGPACK.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What /6/matcher/faces gives the sample's descriptor against the list. */
    private static double matcherSimilarity(Api client, String sampleId, String listId) {
        var attribute = client.postJson("/6/extractor", List.of(sampleId)).assertStatus(201).json().get(0).get("attribute_id").asString();
        var result = Matching.result(Matching.match(client, Matching.reference("attribute", attribute), Matching.faces(Map.of("list_id", listId), 1)));
        return result.get(0).get("similarity").asDouble();
    }
}
