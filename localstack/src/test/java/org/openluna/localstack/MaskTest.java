package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.DetectorTest.photo;
import static org.openluna.localstack.SdkTest.detection;
import static org.openluna.localstack.SdkTest.theOnlyImage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/**
 * {@code estimate_mask} and {@code mask_states} over HTTP (ADR 0023): the ten people of a photo who
 * wear medical masks come back {@code medical_mask}, the faces of the six group photos
 * {@code missing}; a handler keeping {@code mask_states [1]} makes events of the masked faces only,
 * and {@code GET /6/events?masks=} finds them by their state.
 */
@ExtendWith(RunningStack.class)
class MaskTest {
    // ten people in medical masks, two rows of five (shared/src/test/resources/photos, MIT, THIRD_PARTY_NOTICES.md)
    static final String MASKED = "photos/masked-2.jpeg";

    static byte[] masked() {
        try (var in = MaskTest.class.getClassLoader().getResourceAsStream(MASKED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMasks(JsonNode image, String state, int faces) {
        assertThat(image.get("estimations").size()).isEqualTo(faces);
        image.get("estimations").forEach(estimation -> {
            var mask = detection(estimation).get("attributes").get("mask");
            assertThat(mask.get("predominant_mask").asString()).as(mask.toString()).isEqualTo(state);
            var estimations = mask.get("estimations");
            double sum = estimations.get("medical_mask").asDouble() + estimations.get("missing").asDouble() + estimations.get("occluded").asDouble();
            assertThat(sum).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-3));
        });
    }

    @Test
    void maskedFacesAreMedicalMasksAndTheGroupPhotosFacesHaveNone(Api api) {
        var client = api.newAccount("user").api();
        assertMasks(theOnlyImage(client.post("/6/sdk?estimate_mask=1", "image/jpeg", masked())), "medical_mask", 10);
        for (var group : List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6)) {
            var image = theOnlyImage(client.post("/6/sdk?estimate_mask=1", "image/jpeg", photo(group)));
            image.get("estimations").forEach(estimation -> assertThat(detection(estimation).get("attributes").get("mask")
                    .get("predominant_mask").asString()).as(group.name()).isEqualTo("missing"));
        }
        // a filter keeps the faces of the states asked, and lists the others with their reason
        var bare = theOnlyImage(client.post("/6/sdk?detect_face=1&mask_states=2", "image/jpeg", masked()));
        assertThat(bare.get("estimations").size()).isZero();
        var reason = bare.get("filtered_detections").get("face_detections").get(0).get("filter_reasons").get(0);
        assertThat(reason.get("filter_name").asString()).isEqualTo("mask_states");
        assertThat(reason.get("object_value").asInt()).isEqualTo(1);
        // /6/detector shows the same
        var samples = client.post("/6/detector?estimate_mask=1", "image/jpeg", masked()).assertStatus(201).json()
                .get("images").get(0).get("detections").get("samples");
        assertThat(samples.size()).isEqualTo(10);
        samples.forEach(sample -> assertThat(sample.get("face").get("detection").get("attributes").get("mask").get("predominant_mask").asString())
                .isEqualTo("medical_mask"));
    }

    @Test
    void aHandlerKeepingMaskedFacesMakesTheirEventsOnlyAndEventsAreFoundByTheirMask(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("detect_policy",
                Map.of("estimate_mask", 1, "mask_states", List.of(1)))));
        var masked = client.post("/6/handlers/" + handler + "/events", "image/jpeg", masked()).assertStatus(201).json();
        assertThat(masked.get("events").size()).isEqualTo(10);
        masked.get("events").forEach(event -> assertThat(event.get("detections").get(0).get("samples").get("face").get("detection")
                .get("attributes").get("mask").get("predominant_mask").asString()).isEqualTo("medical_mask"));
        var bare = client.post("/6/handlers/" + handler + "/events", "image/jpeg", photo(Asset.PHOTO_1)).assertStatus(201).json();
        assertThat(bare.get("events").size()).isZero();

        var found = Eventually.value("the events stored", () -> client.get("/6/events?masks=1&page_size=100").assertStatus(200).json()
                .get("events"), events -> events.size() == 10);
        found.forEach(event -> assertThat(event.get("mask").asInt()).isEqualTo(1));
        assertThat(client.get("/6/events?masks=2,3").json().get("events").size()).isZero();
    }

    /** The Sender's {@code masks} filter (ADR 0012) on events that carry a real mask estimation: each subscriber gets its state's. */
    @Test
    void theSendersMaskFilterPassesTheEventsOfTheMasksAsked(Api api, RunningStack.Started stack) throws Exception {
        var account = api.newAccount("user");
        var client = account.withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("detect_policy", Map.of("estimate_mask", 1),
                "storage_policy", Map.of("notification_policy", Map.of("send_notification", 1)))));
        try (var masked = SenderTest.sender(stack, account.id(), "masks=1");
             var bare = SenderTest.sender(stack, account.id(), "masks=2")) {
            Thread.sleep(300);
            client.post("/6/handlers/" + handler + "/events", "image/jpeg", masked()).assertStatus(201);
            client.post("/6/handlers/" + handler + "/events", "image/jpeg", photo(Asset.PHOTO_1)).assertStatus(201);
            SenderTest.awaitQueueDrained(stack);
            SenderTest.receive(masked, 10).forEach(message -> assertThat(message.get("event").get("detections").get(0).get("samples")
                    .get("face").get("detection").get("attributes").get("mask").get("predominant_mask").asString()).isEqualTo("medical_mask"));
            assertThat(SenderTest.receive(bare, 3)).hasSize(3);
            Thread.sleep(300);
            assertThat(masked.drain()).isEmpty();
            assertThat(bare.drain()).isEmpty();
        }
    }
}
