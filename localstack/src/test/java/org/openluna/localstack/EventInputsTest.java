package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.SdkDescriptor;

/**
 * What {@code POST /6/handlers/{handler_id}/events} takes: a dynamic handler's policies with the images
 * (multipart part or JSON field), a descriptor instead of an image, face samples, several images as one
 * person; and {@code wait_saving=0}, answered 202 before the event is written.
 */
@ExtendWith(RunningStack.class)
class EventInputsTest {

    @Test
    void aDynamicHandlerTakesItsPoliciesFromTheMultipartPartOrTheJsonField(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var policies = Map.of("detect_policy", Map.of("multiface_policy", 2, "estimate_head_pose", 1),
                "storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 0), "event_policy", Map.of("store_event", 0)));
        var photo = DetectorTest.photo(Asset.PHOTO_1);

        var multipart = client.postForm("/6/handlers/" + handler + "/events", new MultipartForm()
                .field("policies", "application/json", Json.write(policies)).image("one.jpg", "image/jpeg", photo)).assertStatus(201).json();
        var json = client.postJson("/6/handlers/" + handler + "/events", Map.of("policies", policies,
                "images", List.of(Map.of("image", Base64.getEncoder().encodeToString(photo), "filename", "two.jpg", "mimetype", "image/jpeg"))))
                .assertStatus(201).json();

        for (var answer : List.of(multipart, json)) {
            assertThat(answer.get("events").size()).as("the best face only").isEqualTo(1);
            var detection = answer.get("events").get(0).get("detections").get(0);
            assertThat(detection.get("samples").get("face").get("sample_id").isNull()).as("no sample stored").isTrue();
            assertThat(detection.get("samples").get("face").get("detection").get("attributes").get("head_pose").isObject()).isTrue();
            assertThat(answer.get("events").get(0).get("face_attributes").isNull()).as("the default extracts a descriptor only, not shown")
                    .isFalse();
        }
        assertThat(multipart.get("events").get(0).get("detections").get(0).get("filename").asString()).isEqualTo("one.jpg");
        assertThat(json.get("images").get(0).get("filename").asString()).isEqualTo("two.jpg");
        assertThat(EventsTest.eventIds(client, "handler_ids=" + handler)).as("event_policy said not to store").isEmpty();
    }

    @Test
    void aDescriptorInTheBodyIsAnEventMatchedAsAFaceWouldBeAndWaitSavingZeroAnswers202(Api api) {
        var client = api.newAccount("user").withToken();
        var list = ListsTest.createList(client, "given descriptors");
        var descriptor = randomDescriptor(7);
        var face = Matching.faceWith(client, descriptor, List.of(list), "someone given");
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of(
                "match_policy", List.of(Map.of("label", "given", "candidates", Map.of("origin", "faces", "list_id", list))),
                "storage_policy", Map.of("event_policy", Map.of("wait_saving", 0))))).assertStatus(201).text("handler_id");
        Eventually.value("the matcher holds the face", () -> Matching.found(client, descriptor, Map.of("list_id", list), 1),
                found -> found.equals(List.of(face)));

        var answer = client.post("/6/handlers/" + handler + "/events", "application/x-sdk-descriptor-base64",
                SdkDescriptor.encodeBase64(descriptor).getBytes()).assertStatus(202).json();

        var event = answer.get("events").get(0);
        var top = event.get("matches").get(0).get("candidates").get(0);
        assertThat(top.get("face").get("face_id").asString()).isEqualTo(face);
        assertThat(top.get("similarity").asDouble()).isEqualTo(descriptor.similarityTo(descriptor));
        assertThat(event.get("detections").size()).isZero();
        var eventId = event.get("event_id").asString();
        var stored = Eventually.value("the buffered event is written", () -> client.get("/6/events/" + eventId).status(), s -> s == 200);
        assertThat(stored).isEqualTo(200);
        assertThat(client.get("/6/events/" + eventId).json().get("top_match").get("face_id").asString()).isEqualTo(face);
        client.post("/6/handlers/" + handler + "/events", "application/x-vl-xpk", new byte[] {1, 2, 3})
                .assertError(ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT);
    }

    @Test
    void aggregatedImagesAreOneEventAndMultifacePolicyZeroRefusesAGroupPhoto(Api api) {
        var client = api.newAccount("user").withToken();
        var aggregating = client.postJson("/6/handlers", Map.of("policies", Map.of(
                "detect_policy", Map.of("estimate_emotions", 1, "estimate_liveness", Map.of("estimate", 1)),
                "extract_policy", Map.of("extract_basic_attributes", 1)))).assertStatus(201).text("handler_id");
        var single = client.postJson("/6/handlers", Map.of("policies", Map.of("detect_policy", Map.of("multiface_policy", 0))))
                .assertStatus(201).text("handler_id");
        var photo = DetectorTest.photo(Asset.PHOTO_1);

        var aggregated = client.postForm("/6/handlers/" + aggregating + "/events?aggregate_attributes=1", new MultipartForm()
                .image("a.jpg", "image/jpeg", photo).image("b.jpg", "image/jpeg", photo)).assertStatus(201).json();
        assertThat(aggregated.get("events").size()).isEqualTo(1);
        var event = aggregated.get("events").get(0);
        assertThat(event.get("detections").size()).as("three faces in each of two images").isEqualTo(6);
        assertThat(event.get("aggregate_estimations").get("face").get("attributes").get("emotions").get("predominant_emotion").isString()).isTrue();
        assertThat(event.get("aggregate_estimations").get("face").get("attributes").get("liveness").get("prediction").isString()).isTrue();
        assertThat(event.get("face_attributes").get("basic_attributes").get("age").isInt()).isTrue();
        var stored = client.get("/6/events/" + event.get("event_id").asString()).assertStatus(200).json();
        assertThat(stored.get("face_detections").size()).isEqualTo(6);
        assertThat(stored.get("emotion").isInt()).isTrue();
        assertThat(stored.get("liveness").isInt()).isTrue();

        var refused = client.post("/6/handlers/" + single + "/events", "image/jpeg", photo).assertStatus(201).json();
        assertThat(refused.get("images").get(0).get("status").asInt()).isZero();
        assertThat(refused.get("images").get(0).get("error").get("error_code").asInt()).isEqualTo(ErrorCode.TOO_MANY_FACES.code());
        assertThat(refused.get("events").size()).isZero();
    }

    @Test
    void aFaceSampleIsAnEventWhenImageTypeIsOne(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var sampleId = client.post("/6/detector", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1)).assertStatus(201).json()
                .get("images").get(0).get("detections").get("samples").get(0).get("face").get("sample_id").asString();
        var sample = client.get("/6/samples/faces/" + sampleId).assertStatus(200).bytes();

        var answer = client.post("/6/handlers/" + handler + "/events?image_type=1", "image/jpeg", sample).assertStatus(201).json();

        assertThat(answer.get("events").size()).isEqualTo(1);
        var rect = answer.get("events").get(0).get("detections").get(0).get("samples").get("face").get("detection").get("rect");
        assertThat(rect.get("x").asInt() + rect.get("width").asInt()).as("the face within the 250 px sample").isLessThanOrEqualTo(250);
        assertThat(rect.get("width").asInt()).isGreaterThan(100);
    }

    static Descriptor randomDescriptor(long seed) {
        var random = new Random(seed);
        var values = new float[Descriptor.DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
            norm += values[i] * values[i];
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= (float) Math.sqrt(norm);
        }
        return Descriptor.fromEmbedding(values);
    }
}
