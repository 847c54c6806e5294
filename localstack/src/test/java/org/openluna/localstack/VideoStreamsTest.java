package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.localstack.PeopleVideos.Person;
import org.openluna.streams.video.VideoFileServer;
import tools.jackson.databind.JsonNode;

/**
 * Video streams over HTTP as a LUNA client runs them: a video of known people becomes one event per
 * person, matched against an enrolled list; a stream stops and resumes; a video that cannot be read
 * ends in {@code failure}, after the restarts its {@code autorestart} allows, with its log.
 */
@ExtendWith(RunningStack.class)
class VideoStreamsTest {
    private static final java.time.Duration RUN = java.time.Duration.ofSeconds(120);

    @Test
    void eachPersonWhoWalksPastIsOneEventMatchedAgainstTheList(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var enrolled = KnownPeople.enrol(client);
        var people = enrolled.faces();
        var handler = enrolled.handler();
        // the woman of sample1 as sample3 shows her, a man of sample1 as enrolled, and a man of sample2 nobody enrolled
        var video = PeopleVideos.walkingPast(client, Files.createTempDirectory("luna-video-").resolve("people.mp4"),
                List.of(new Person(Asset.PHOTO_3, 1), new Person(Asset.PHOTO_1, 0), new Person(Asset.PHOTO_2, 0)));

        var streamId = client.postJson("/6/streams", stream("door 3", video.toUri().toString(), handler, Map.of())).assertStatus(201)
                .text("stream_id");
        var done = awaitStatus(client, streamId, 2);
        var doneAt = java.time.Instant.now();

        assertThat(done.get("last_error").isNull()).isTrue();
        var events = eventsOf(client, streamId, 3);
        assertThat(events).as("a file read faster than it plays makes events of the past, never of the future").allSatisfy(event -> {
            var start = java.time.Instant.parse(event.get("create_time").asString());
            assertThat(start).isBefore(doneAt);
            assertThat(java.time.Instant.parse(event.get("end_time").asString())).isAfterOrEqualTo(start).isBefore(doneAt);
        });
        assertThat(events).as("one event per person who walked past").hasSize(3);
        assertThat(events.stream().map(e -> e.get("track_id").asString()).distinct()).hasSize(3);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("source").asString()).isEqualTo("door 3");
            assertThat(event.get("handler_id").asString()).isEqualTo(handler);
        });
        // events come in the order the people walked past
        var inOrder = events.stream().sorted(java.util.Comparator.comparing(e -> e.get("create_time").asString())).toList();
        assertThat(topFace(inOrder.get(0))).as("the woman seen again").isEqualTo(people.get(2));
        assertThat(topSimilarity(inOrder.get(0))).isGreaterThan(0.5);
        assertThat(topFace(inOrder.get(1))).isEqualTo(people.get(0));
        assertThat(topSimilarity(inOrder.get(1))).isGreaterThan(0.8);
        assertThat(topSimilarity(inOrder.get(2))).as("nobody enrolled").isLessThan(0.4);

        var logs = client.get("/6/streams/logs?stream_ids=" + streamId + "&page_size=100").assertStatus(200).json().get("logs");
        var statuses = new ArrayList<Integer>();
        logs.forEach(entry -> statuses.add(entry.get("status").asInt()));
        assertThat(statuses).as("newest first: done, in progress, pending").containsExactly(2, 1, 0);
    }

    @Test
    void twoPeopleWhoCrossAreTwoEventsEachMatchedToItsPerson(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var enrolled = KnownPeople.enrol(client);
        var people = enrolled.faces();
        var handler = enrolled.handler();
        var video = PeopleVideos.crossing(client, Files.createTempDirectory("luna-video-").resolve("crossing.mp4"),
                new Person(Asset.PHOTO_1, 0), new Person(Asset.PHOTO_1, 1));

        var streamId = client.postJson("/6/streams", stream("", video.toUri().toString(), handler, Map.of())).assertStatus(201)
                .text("stream_id");
        awaitStatus(client, streamId, 2);

        var events = eventsOf(client, streamId, 2);
        assertThat(events).as("one event per person, though they crossed").hasSize(2);
        assertThat(events.stream().map(VideoStreamsTest::topFace)).containsExactlyInAnyOrder(people.get(0), people.get(1));
        assertThat(events).allSatisfy(event -> assertThat(topSimilarity(event)).isGreaterThan(0.8));
    }

    @Test
    void aStoppedStreamStaysStoppedUntilResumedAndThenRunsToItsEnd(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var video = PeopleVideos.walkingPast(client, Files.createTempDirectory("luna-video-").resolve("one.mp4"),
                List.of(new Person(Asset.PHOTO_1, 1)));
        var streamId = client.postJson("/6/streams", stream("", video.toUri().toString(), handler, Map.of()))
                .assertStatus(201).text("stream_id");
        client.patchJson("/6/streams/" + streamId + "?action=stop", Map.of()).assertStatus(204);

        Thread.sleep(3 * FreePorts.TEST_STREAM_LEASE_SECONDS * 1000L / 2);
        assertThat(client.get("/6/streams/" + streamId).assertStatus(200).json().get("status").asInt()).as("stop").isEqualTo(5);
        assertThat(client.get("/6/streams?statuses=stop&stream_ids=" + streamId).assertStatus(200).json().get("streams").size()).isEqualTo(1);
        client.patchJson("/6/streams/" + streamId + "?action=pause", Map.of()).assertStatus(400);

        client.patchJson("/6/streams/" + streamId + "?action=resume", Map.of()).assertStatus(204);
        awaitStatus(client, streamId, 2);
        assertThat(eventsOf(client, streamId, 1)).as("the person walked past once after the resume").hasSize(1);
    }

    @Test
    void aVideoThatCannotBeReadFailsAfterItsRestartsWithItsError(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        try (var server = new VideoFileServer(Files.createTempDirectory("luna-video-"))) {
            var missing = server.uri("missing.mp4").toString();
            var streamId = client.postJson("/6/streams", stream("", missing, handler,
                    Map.of("restart", 1, "attempt_count", 2, "delay", 0))).assertStatus(201).text("stream_id");

            var failed = awaitStatus(client, streamId, 4);

            assertThat(failed.get("last_error").asString()).contains("missing.mp4").contains("404");
            assertThat(failed.get("autorestart").get("current_attempt").asInt()).isEqualTo(2);
            assertThat(failed.get("autorestart").get("status").asString()).isEqualTo("failed");
            var logs = client.get("/6/streams/logs?stream_ids=" + streamId + "&statuses=restart,failure&page_size=100").assertStatus(200)
                    .json().get("logs");
            assertThat(logs.size()).as("two restarts, then the failure").isEqualTo(3);
            assertThat(logs.get(0).get("status").asInt()).isEqualTo(4);
            assertThat(logs.get(0).get("error").asString()).contains("404");
            var targeted = client.get("/6/streams/logs?stream_ids=" + streamId + "&targets=status").assertStatus(200).json().get("logs");
            assertThat(targeted.get(0).propertyNames()).containsExactly("status");
        }
    }

    @Test
    void aStreamsSocketSaysEachStatusAndEachPersonsEvent(Api api) throws Exception {
        var account = api.newAccount("user");
        var client = account.withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of("storage_policy", Map.of(
                "notification_policy", Map.of("send_notification", 1))))).assertStatus(201).text("handler_id");
        var video = PeopleVideos.walkingPast(client, Files.createTempDirectory("luna-video-").resolve("one.mp4"),
                List.of(new Person(Asset.PHOTO_1, 1)));
        var streamId = client.postJson("/6/streams", stream("", video.toUri().toString(), handler, Map.of())).assertStatus(201)
                .text("stream_id");
        client.patchJson("/6/streams/" + streamId + "?action=stop", Map.of()).assertStatus(204);
        var socketUri = java.net.URI.create("ws://127.0.0.1:" + api.port() + "/6/streams/" + streamId + "/ws");
        var basic = Map.of("Authorization", Api.basicHeader(account.login(), account.password()));
        var stranger = api.newAccount("user");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.openluna.sender.EventSocket.connect(socketUri,
                        Map.of("Authorization", Api.basicHeader(stranger.login(), stranger.password()))))
                .as("another account's stream is not found").hasStackTraceContaining("404");
        client.get("/6/streams/" + streamId + "/ws").assertError(org.openluna.shared.api.ErrorCode.WEBSOCKET_REQUIRED);

        try (var socket = org.openluna.sender.EventSocket.connect(socketUri, basic)) {
            assertThat(socket.next(java.time.Duration.ofSeconds(10)).get("stream_status").asString()).isEqualTo("stop");
            client.patchJson("/6/streams/" + streamId + "?action=resume", Map.of()).assertStatus(204);
            var statuses = new ArrayList<String>();
            JsonNode result = null;
            while (!statuses.contains("done") || result == null) {
                var message = socket.next(RUN);
                assertThat(message).as("a message before the stream is done and its event sent").isNotNull();
                statuses.add(message.get("stream_status").asString());
                if (!message.get("analytics_results").isNull()) {
                    result = message.get("analytics_results").get("face_events");
                }
            }
            // "pending" may last less than the socket's second between two looks
            assertThat(statuses).containsSubsequence("in_progress", "done");
            assertThat(result.get("handler_id").asString()).isEqualTo(handler);
            assertThat(result.get("event_id").asString()).isEqualTo(eventsOf(client, streamId, 1).getFirst().get("event_id").asString());

            client.delete("/6/streams/" + streamId).assertStatus(204);
            assertThat(socket.closed().get(10, java.util.concurrent.TimeUnit.SECONDS)).as("closed once the stream is gone").isEqualTo(1008);
        }
    }

    static Map<String, Object> stream(String name, String reference, String handler, Map<String, Object> autorestart) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("data", Map.of("type", "videofile", "reference", reference));
        body.put("analytics", List.of(Map.of("analytic_name", "face_events", "parameters", Map.of("handler_id", handler, "rate", 5))));
        if (!autorestart.isEmpty()) {
            body.put("autorestart", autorestart);
        }
        return body;
    }

    static JsonNode awaitStatus(Api client, String streamId, int status) {
        return Eventually.value("stream " + streamId + " reaches status " + status,
                () -> client.get("/6/streams/" + streamId).assertStatus(200).json(), s -> s.get("status").asInt() == status, RUN);
    }

    /**
     * The stream's events once {@code expected} are stored (events are written through a queue, so the
     * last may land after the stream is done), and a moment more for any beyond them.
     */
    static List<JsonNode> eventsOf(Api client, String streamId, int expected) throws InterruptedException {
        Eventually.value(expected + " events of stream " + streamId, () -> stored(client, streamId), events -> events.size() >= expected);
        Thread.sleep(1000);
        return stored(client, streamId);
    }

    static List<JsonNode> stored(Api client, String streamId) {
        var events = new ArrayList<JsonNode>();
        client.get("/6/events?stream_ids=" + streamId + "&page_size=100").assertStatus(200).json().get("events").forEach(events::add);
        return events;
    }

    private static String topFace(JsonNode event) {
        return event.get("match_result").get(0).get("candidates").get(0).get("face").get("face_id").asString();
    }

    private static double topSimilarity(JsonNode event) {
        var candidates = event.get("match_result").get(0).get("candidates");
        return candidates.isEmpty() ? 0 : candidates.get(0).get("similarity").asDouble();
    }
}
