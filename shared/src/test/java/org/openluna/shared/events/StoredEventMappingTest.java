package org.openluna.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;

class StoredEventMappingTest {
    private static final String F1 = "11111111-1111-4111-8111-111111111111";
    private static final String E1 = "22222222-2222-4222-8222-222222222222";
    private static final String S1 = "33333333-3333-4333-8333-333333333333";
    private static final String L1 = "44444444-4444-4444-8444-444444444444";

    @Test
    void theHandlersEventBecomesTheFlatStoredEventWithItsBestCandidateOverEveryPolicyAndItsCodes() {
        var eventId = UUID.randomUUID();
        var event = Json.mapper().valueToTree(Map.of(
                "event_id", eventId.toString(),
                "source", "cam",
                "tags", List.of("t"),
                "face", Map.of("face_id", F1, "lists", List.of(L1)),
                "face_attributes", Map.of("basic_attributes", Map.of("age", 41, "gender", 1,
                        "ethnicities", Map.of("predominant_ethnicity", "indian"))),
                "matches", List.of(
                        Map.of("label", "a", "candidates", List.of(Map.of("face", Map.of("face_id", F1, "external_id", "x"), "similarity", 0.6))),
                        Map.of("label", "b", "candidates", List.of(Map.of("event", Map.of("event_id", E1), "similarity", 0.7)))),
                "detections", List.of(Map.of("samples", Map.of("face", Map.of("sample_id", S1, "detection",
                        Map.of("rect", Map.of("x", 1, "y", 2, "width", 3, "height", 4), "attributes",
                                Map.of("emotions", Map.of("predominant_emotion", "happiness"))))), "detect_time", "2020-01-01T00:00:00.000Z")),
                "aggregate_estimations", Map.of("face", Map.of("attributes", Map.of("liveness", Map.of("prediction", "real"))))));
        var account = UUID.randomUUID();
        var stored = StoredEventMapping.of(event, account, null, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:01Z"));

        assertThat(stored.topMatch()).isEqualTo(new TopMatch(TopMatch.EVENT, UUID.fromString(E1), 0.7, "b", null));
        assertThat(stored.faceId()).isEqualTo(UUID.fromString(F1));
        assertThat(stored.attachResult()).containsExactly(UUID.fromString(L1));
        assertThat(stored.estimates().age()).isEqualTo(41);
        assertThat(stored.estimates().gender()).isEqualTo(1);
        assertThat(stored.estimates().ethnicGroup()).as("indian").isEqualTo(4);
        assertThat(stored.estimates().emotion()).as("happiness, from the first detection").isEqualTo(4);
        assertThat(stored.estimates().liveness()).as("real, from the aggregate").isEqualTo(1);
        assertThat(stored.externalId()).isEmpty();
        var detection = stored.faceDetections().get(0);
        assertThat(List.copyOf(detection.propertyNames())).containsExactly("sample_id", "detection", "detect_time", "detect_ts", "image_origin");
        assertThat(detection.get("sample_id").asString()).isEqualTo(S1);
        assertThat(detection.get("detection")).isEqualTo(Json.mapper().valueToTree(Map.of("rect", Map.of("x", 1, "y", 2, "width", 3, "height", 4))));
        assertThat(detection.get("image_origin").isNull()).isTrue();
        assertThat(stored.bodyDetections()).isNull();

        var again = StoredEventJson.read(StoredEventJson.write(stored));
        assertThat(StoredEventJson.write(again)).as("written and read back, the same event").isEqualTo(StoredEventJson.write(stored));
        assertThat(StoredEventJson.write(stored).get("top_match").toString())
                .isEqualTo("{\"event_id\":\"" + E1 + "\",\"similarity\":0.7,\"label\":\"b\",\"external_id\":null}");
    }
}
