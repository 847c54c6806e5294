package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * Events as candidates and references (ADR 0013): stored events keep their face descriptor, and
 * {@code /6/matcher/faces} and a handler's match policy search the events a filter of
 * {@code GET /6/events} chooses, with the platform's one similarity.
 */
@ExtendWith(RunningStack.class)
class EventMatchingTest {

    @Test
    void theMatcherFindsEventsByTheirDescriptorsAmongThoseTheFiltersChooseAndNeverAnotherAccounts(Api api) {
        var owner = api.newAccount("user");
        var client = owner.withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var d1 = EventInputsTest.randomDescriptor(11);
        var d2 = EventInputsTest.randomDescriptor(12);
        var e1 = RawEvents.named("one").set("/source", "cam1").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d1)).save(client, handler);
        var e2 = RawEvents.named("two").set("/source", "cam2").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d2)).save(client, handler);
        var e3 = RawEvents.named("no descriptor").set("/source", "cam1").save(client, handler);

        var answer = Matching.match(client, Matching.reference("event", e1),
                Map.of("filters", Map.of("origin", "events", "sources", List.of("cam1", "cam2")), "limit", 5));
        var result = Matching.result(answer);
        assertThat(ids(result)).containsExactly(e1, e2);
        assertThat(result.get(0).get("similarity").asDouble()).isEqualTo(d1.similarityTo(d1));
        assertThat(result.get(1).get("similarity").asDouble()).isEqualTo(d1.similarityTo(d2));
        assertThat(List.copyOf(result.get(0).get("event").propertyNames()))
                .containsExactly("event_id", "external_id", "user_data", "create_time", "handler_id", "source", "stream_id");
        assertThat(result.get(0).get("event").get("user_data").asString()).isEqualTo("one");
        assertThat(answer.get(0).get("matches").get(0).get("filters").get("origin").asString()).isEqualTo("events");

        var onlyCam2 = Matching.result(Matching.match(client, Matching.descriptorReference("q", d2),
                Map.of("filters", Map.of("origin", "events", "handler_ids", List.of(handler), "sources", List.of("cam2")), "limit", 5)));
        assertThat(ids(onlyCam2)).containsExactly(e2);
        var aboveThreshold = Matching.result(Matching.match(client, Matching.descriptorReference("q", d2),
                Map.of("filters", Map.of("origin", "events"), "threshold", 0.99, "limit", 5)));
        assertThat(ids(aboveThreshold)).containsExactly(e2);
        client.postJson("/6/matcher/faces", Matching.body(List.of(Matching.reference("event", e3)), List.of()))
                .assertError(ErrorCode.NO_DESCRIPTOR_TO_MATCH);

        var stranger = api.newAccount("user").withToken();
        stranger.postJson("/6/matcher/faces", Matching.body(List.of(Matching.reference("event", e1)), List.of())).assertError(ErrorCode.EVENT_NOT_FOUND);
        assertThat(Matching.result(Matching.match(stranger, Matching.descriptorReference("q", d1),
                Map.of("filters", Map.of("origin", "events"), "limit", 5))).size()).isZero();
        owner.withToken(Map.of("face", List.of("matching"))).postJson("/6/matcher/faces", Matching.body(
                List.of(Matching.descriptorReference("q", d1)), List.of(Map.of("filters", Map.of("origin", "events")))))
                .assertError(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void anEventsExternalIdIsAReferenceWhenItNamesOneEventOfTheAccount(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var d1 = EventInputsTest.randomDescriptor(21);
        var d2 = EventInputsTest.randomDescriptor(22);
        var gate = RawEvents.named("gate").set("/external_id", "gate-1").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d1))
                .save(client, handler);
        var other = RawEvents.named("other").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d2)).save(client, handler);

        var answer = Matching.match(client, Matching.reference("event_external_id", "gate-1"),
                Map.of("filters", Map.of("origin", "events", "event_ids", List.of(gate, other)), "limit", 5));
        assertThat(answer.get(0).get("reference").get("event_id").asString()).as("the event it named").isEqualTo(gate);
        var result = Matching.result(answer);
        assertThat(ids(result)).containsExactly(gate, other);
        assertThat(result.get(1).get("similarity").asDouble()).isEqualTo(d1.similarityTo(d2));

        var stranger = api.newAccount("user").withToken();
        stranger.postJson("/6/matcher/faces", Matching.body(List.of(Matching.reference("event_external_id", "gate-1")), List.of()))
                .assertError(ErrorCode.EVENT_EXTERNAL_ID_NOT_FOUND);
        RawEvents.named("gate again").set("/external_id", "gate-1").save(client, handler);
        client.postJson("/6/matcher/faces", Matching.body(List.of(Matching.reference("event_external_id", "gate-1")), List.of()))
                .assertError(ErrorCode.AMBIGUOUS_EVENT_EXTERNAL_ID);
    }

    @Test
    void aVerificationComparesAFaceWithTheDescriptorOfAnEvent(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var d1 = EventInputsTest.randomDescriptor(21);
        var d2 = EventInputsTest.randomDescriptor(22);
        var same = RawEvents.named("same").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d1)).save(client, handler);
        var other = RawEvents.named("other").set("/face_attributes/descriptor", SdkDescriptor.encodeBase64(d2)).save(client, handler);
        var bare = RawEvents.named("bare").save(client, handler);
        var verifier = Verifying.createVerifier(client, "events", Verifying.policies(0.5, Map.of()));
        var path = "/6/verifiers/" + verifier + "/verifications?event_ids=" + same + "," + other;

        var answer = client.post(path, "application/x-sdk-descriptor-base64", SdkDescriptor.encodeBase64(d1).getBytes()).assertStatus(201).json();

        var verifications = answer.get("images").get(0).get("detections").get("face_detections").get(0).get("verifications");
        assertThat(verifications.get(0).get("event").get("event_id").asString()).isEqualTo(same);
        assertThat(verifications.get(0).get("similarity").asDouble()).isEqualTo(d1.similarityTo(d1));
        assertThat(verifications.get(0).get("status").asBoolean()).isTrue();
        assertThat(verifications.get(1).get("event").get("event_id").asString()).isEqualTo(other);
        assertThat(verifications.get(1).get("status").asBoolean()).isFalse();
        client.post("/6/verifiers/" + verifier + "/verifications?event_ids=" + bare, "application/x-sdk-descriptor-base64",
                SdkDescriptor.encodeBase64(d1).getBytes()).assertError(ErrorCode.NO_DESCRIPTOR_TO_MATCH);
    }

    @Test
    void aHandlerMatchesANewPhotoAgainstTheEventsOfAnotherHandlerAndFindsTheWomanSeenBefore(Api api) {
        var client = api.newAccount("user").withToken();
        var door = client.postJson("/6/handlers", Map.of("description", "door", "policies", Map.of())).assertStatus(201).text("handler_id");
        var hall = client.postJson("/6/handlers", Map.of("description", "hall", "policies", Map.of("match_policy", List.of(Map.of(
                "label", "seen at the door", "candidates", Map.of("origin", "events", "handler_ids", List.of(door),
                        "create_time__gte", "now-1h"), "limit", 1))))).assertStatus(201).text("handler_id");
        var atTheDoor = client.post("/6/handlers/" + door + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1)).assertStatus(201).json();
        var woman = rightmost(atTheDoor.get("events"));

        var inTheHall = client.post("/6/handlers/" + hall + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3)).assertStatus(201).json();

        JsonNode best = null;
        for (var event : inTheHall.get("events")) {
            var candidate = event.get("matches").get(0).get("candidates").get(0);
            if (best == null || candidate.get("similarity").asDouble() > best.get("similarity").asDouble()) {
                best = candidate;
            }
        }
        assertThat(best.get("event").get("event_id").asString()).as("the woman, seen at the door").isEqualTo(woman);
        assertThat(best.get("event").get("handler_id").asString()).isEqualTo(door);
        assertThat(best.get("similarity").asDouble()).isGreaterThan(0.5);
        var found = EventsTest.eventIds(client, "top_similar_object_ids=" + woman + "&top_similar_object_similarity__gte=0.5");
        assertThat(found).hasSize(1);
        var stored = client.get("/6/events/" + found.getFirst()).assertStatus(200).json();
        assertThat(stored.get("top_match").get("event_id").asString()).isEqualTo(woman);
        assertThat(stored.get("handler_id").asString()).isEqualTo(hall);
    }

    /** The event of the rightmost face: the woman of sample1. */
    private static String rightmost(JsonNode events) {
        JsonNode right = null;
        for (var event : events) {
            var x = event.get("detections").get(0).get("samples").get("face").get("detection").get("rect").get("x").asInt();
            if (right == null || x > right.get("detections").get(0).get("samples").get("face").get("detection").get("rect").get("x").asInt()) {
                right = event;
            }
        }
        return right.get("event_id").asString();
    }

    private static List<String> ids(JsonNode result) {
        var ids = new ArrayList<String>();
        result.forEach(item -> ids.add(item.get("event").get("event_id").asString()));
        return ids;
    }
}
