package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.sender.EventSocket;
import tools.jackson.databind.JsonNode;

/**
 * The user's day over HTTP on the real stack: three people enrolled, a handler that matches against
 * them, a subscriber of the Sender filtered by the handler and by similarity, a photo in which one of
 * them appears, and the event found again through {@code /6/events} and {@code /6/events/stats}.
 */
@ExtendWith(RunningStack.class)
class EventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static EventsDay day;

    static synchronized EventsDay day(Api api) {
        if (day == null) {
            day = EventsDay.start(api);
        }
        return day;
    }

    @Test
    void aPhotoOfAnEnrolledPersonReachesTheSubscriberOnceAndIsFoundAgainByThreeFiltersAndInTheStats(Api api, RunningStack.Started stack)
            throws Exception {
        var d = day(api);
        var stranger = api.newAccount("user");
        try (var subscriber = sender(stack, d.account().id(), "handler_ids=" + d.handlerId() + "&object_similarity__gte=0.5");
             var strangersSubscriber = sender(stack, stranger.id(), "")) {
            // the day's other tests post to the same handler; this one's events are those made from now on
            var since = Instant.now().minusMillis(1).toString();
            var answer = d.client().post("/6/handlers/" + d.handlerId() + "/events?source=door-3&city=Riga&tags=entrance",
                    "image/jpeg", DetectorTest.photo(Asset.PHOTO_3)).assertStatus(201).json();

            assertThat(answer.get("images").get(0).get("status").asInt()).isEqualTo(1);
            var events = answer.get("events");
            assertThat(events.size()).as("one event per face of sample3").isEqualTo(3);
            var message = subscriber.next(PATIENCE);
            assertThat(message).as("the subscriber's event").isNotNull();
            var event = message.get("event");
            var top = event.get("matches").get(0).get("candidates").get(0);
            assertThat(top.get("face").get("face_id").asString()).isEqualTo(d.woman());
            assertThat(message.get("handler_id").asString()).isEqualTo(d.handlerId());
            var answered = find(events, event.get("event_id").asString());
            assertThat(event).as("the subscriber gets the event as the handler answered it").isEqualTo(answered);

            double similarity = top.get("similarity").asDouble();
            var matcher = Matching.result(Matching.match(d.client(), Matching.reference("attribute",
                    event.get("face_attributes").get("attribute_id").asString()), Matching.faces(Map.of("list_id", d.knownList()), 1)));
            assertThat(matcher.get(0).get("face").get("face_id").asString()).isEqualTo(d.woman());
            assertThat(similarity).as("the matcher's similarity").isEqualTo(matcher.get(0).get("similarity").asDouble()).isGreaterThan(0.5);
            assertThat(event.get("tags").toString()).isEqualTo("[\"entrance\",\"" + EventsDay.TAG + "\"]");

            assertThat(subscriber.next(Duration.ofSeconds(1))).as("the two other faces of sample3 are below the similarity bound").isNull();
            assertThat(strangersSubscriber.drain()).as("another account's subscriber").isEmpty();

            var eventId = event.get("event_id").asString();
            var byHandlerAndSimilarity = eventIds(d.client(), "handler_ids=" + d.handlerId() + "&top_similar_object_similarity__gte=0.5"
                    + "&create_time__gte=" + since);
            var byTheFaceItMade = eventIds(d.client(), "face_ids=" + event.get("face").get("face_id").asString());
            var byPlaceAndTags = eventIds(d.client(), "sources=door-3&cities=Riga&tags=" + encode(EventsDay.TAG) + ",entrance");
            assertThat(byHandlerAndSimilarity).containsExactly(eventId);
            assertThat(byTheFaceItMade).containsExactly(eventId);
            // the woman is the best, if weak, candidate of other faces too: the top match alone does not single her event out
            assertThat(eventIds(d.client(), "top_similar_object_ids=" + d.woman() + "&create_time__gte=" + since)).contains(eventId);
            assertThat(byPlaceAndTags).containsExactly(eventId);

            var stats = d.client().postJson("/6/events/stats", Map.of(
                    "targets", List.of(Map.of("column", "event_id", "aggregator", "count"),
                            Map.of("column", "top_similar_object_id", "aggregator", "group_by")),
                    "filters", List.of(Map.of("column", "handler_id", "operator", "eq", "value", d.handlerId()),
                            Map.of("column", "top_similar_object_similarity", "operator", "gte", "value", 0.5)),
                    "period", List.of(Map.of("operator", "gte", "value", since)))).assertStatus(200).json();
            assertThat(stats.get("fields").toString())
                    .isEqualTo("[\"top_similar_object_id, aggregator 'group_by'\",\"event_id, aggregator 'count'\"]");
            assertThat(stats.get("stats").toString()).isEqualTo("[[\"" + d.woman() + "\",1]]");
        }
    }

    @Test
    void theStoredEventShowsTheMatchTheFaceItMadeAndWhereItWasSeen(Api api) {
        var d = day(api);
        var answer = d.client().post("/6/handlers/" + d.handlerId() + "/events?source=door-3&street=Arbat&longitude=36.616&latitude=55.752"
                + "&track_id=walk_1&external_id=visit-7&user_data=morning", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3))
                .assertStatus(201).json();
        var event = womansEvent(answer, d);
        var eventId = event.get("event_id").asString();
        var stored = d.client().get("/6/events/" + eventId).assertStatus(200).json();

        assertThat(List.copyOf(stored.propertyNames())).containsExactly("create_time", "end_time", "event_id", "handler_id", "face_id",
                "account_id", "external_id", "source", "stream_id", "top_match", "match_result", "face_detections", "body_detections",
                "attach_result", "gender", "age", "emotion", "mask", "ethnic_group", "tags", "user_data", "location", "track_id",
                "liveness", "deepfake", "body_basic_attributes", "upper_body", "lower_body", "accessories", "meta");
        assertThat(stored.get("account_id").asString()).isEqualTo(d.account().id());
        assertThat(stored.get("handler_id").asString()).isEqualTo(d.handlerId());
        assertThat(stored.get("top_match").get("face_id").asString()).isEqualTo(d.woman());
        assertThat(stored.get("top_match").get("label").asString()).isEqualTo(EventsDay.LABEL);
        assertThat(stored.get("top_match").get("similarity").asDouble())
                .isEqualTo(event.get("matches").get(0).get("candidates").get(0).get("similarity").asDouble());
        var faceId = event.get("face").get("face_id").asString();
        assertThat(stored.get("face_id").asString()).isEqualTo(faceId);
        assertThat(stored.get("attach_result").toString()).isEqualTo("[\"" + d.seenList() + "\"]");
        var face = d.client().get("/6/faces/" + faceId).assertStatus(200).json();
        assertThat(face.get("event_id").asString()).isEqualTo(eventId);
        assertThat(face.get("external_id").asString()).isEqualTo("visit-7");
        assertThat(face.get("lists").toString()).isEqualTo("[\"" + d.seenList() + "\"]");
        var sampleId = stored.get("face_detections").get(0).get("sample_id").asString();
        assertThat(face.get("avatar").asString()).isEqualTo("/6/samples/faces/" + sampleId);
        d.client().get("/6/samples/faces/" + sampleId).assertStatus(200);
        assertThat(stored.get("face_detections").get(0).get("detection").get("rect").get("width").asInt()).isGreaterThan(50);
        assertThat(stored.get("gender").asInt()).isEqualTo(event.get("face_attributes").get("basic_attributes").get("gender").asInt());
        assertThat(stored.get("age").asInt()).isEqualTo(event.get("face_attributes").get("basic_attributes").get("age").asInt());
        assertThat(stored.get("location").get("street").asString()).isEqualTo("Arbat");
        assertThat(stored.get("location").get("geo_position").get("latitude").asDouble()).isEqualTo(55.752);
        assertThat(stored.get("track_id").asString()).isEqualTo("walk_1");
        assertThat(stored.get("user_data").asString()).isEqualTo("morning");
        assertThat(stored.get("create_time").asString()).isEqualTo(stored.get("end_time").asString());

        var targeted = d.client().get("/6/events/" + eventId + "?target=event_id,top_match").assertStatus(200).json();
        assertThat(List.copyOf(targeted.propertyNames())).containsExactly("event_id", "top_match");
        d.client().head("/6/events/" + eventId).assertStatus(200);
        var ofTheRequest = new ArrayList<String>();
        answer.get("events").forEach(e -> ofTheRequest.add(e.get("event_id").asString()));
        assertThat(eventIds(d.client(), "track_ids=walk_1")).as("every event of the request has its track").containsExactlyInAnyOrderElementsOf(ofTheRequest);
        assertThat(eventIds(d.client(), "external_ids=visit-7&face_ids=" + faceId)).containsExactly(eventId);
        assertThat(eventIds(d.client(), "origin_longitude=36.62&origin_latitude=55.75&top_matching_candidates_label=" + EventsDay.LABEL
                + "&tags=" + encode(EventsDay.TAG)))
                .containsExactly(eventId);
        assertThat(eventIds(d.client(), "track_ids=walk_1&create_time__lt=2020-01-01T00:00:00Z")).isEmpty();
    }

    private static JsonNode womansEvent(JsonNode answer, EventsDay d) {
        for (var event : answer.get("events")) {
            var matches = event.get("matches").get(0).get("candidates");
            if (matches.get(0).get("face").get("face_id").asString().equals(d.woman()) && matches.get(0).get("similarity").asDouble() > 0.5) {
                return event;
            }
        }
        throw new AssertionError("no event of the woman in " + answer);
    }

    private static JsonNode find(JsonNode events, String eventId) {
        for (var event : events) {
            if (event.get("event_id").asString().equals(eventId)) {
                return event;
            }
        }
        throw new AssertionError("no event " + eventId + " in the answer");
    }

    static List<String> eventIds(Api client, String query) {
        var ids = new ArrayList<String>();
        client.get("/6/events?" + query).assertStatus(200).json().get("events").forEach(e -> ids.add(e.get("event_id").asString()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static EventSocket sender(RunningStack.Started stack, String accountId, String query) {
        return EventSocket.connect(URI.create("ws://127.0.0.1:" + stack.settings().senderPort() + "/1/ws" + (query.isEmpty() ? "" : "?" + query)),
                Map.of("Luna-Account-Id", accountId));
    }
}
