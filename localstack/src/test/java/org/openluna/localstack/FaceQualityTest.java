package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Verifying.createVerifier;
import static org.openluna.localstack.Verifying.facesFromLeft;
import static org.openluna.localstack.Verifying.policies;
import static org.openluna.localstack.Verifying.verifyPhoto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.handlers.QualityCheck;
import tools.jackson.databind.JsonNode;

/**
 * {@code detect_policy.face_quality} over HTTP on real photos: the checks made on each face of a
 * handler's events and of a verification, and the filter that takes a failing face out before
 * anything is stored.
 */
@ExtendWith(RunningStack.class)
class FaceQualityTest {
    private static final String TOO_NARROW = "{\"filter_name\":\"face_quality\",\"object_value\":0,\"threshold_value\":1}";

    /** Every check this platform makes on, at its default threshold but {@code given}; the others off. */
    private static Map<String, Object> measurableChecks(int filter, Map<QualityCheck, Map<String, Object>> given) {
        var checks = new LinkedHashMap<String, Object>();
        for (var check : QualityCheck.values()) {
            checks.put(check.wire(), given.containsKey(check) ? given.get(check) : Map.of("estimate", check.measurable() ? 1 : 0));
        }
        return Map.of("estimate", 1, "filter", filter, "checks", checks);
    }

    /** Only image_width on, at a minimum no photo here reaches. */
    private static Map<String, Object> noPhotoIsWideEnough() {
        var checks = new LinkedHashMap<String, Object>();
        for (var check : QualityCheck.values()) {
            checks.put(check.wire(), check == QualityCheck.IMAGE_WIDTH
                    ? Map.of("estimate", 1, "threshold", Map.of("min", 99999)) : Map.of("estimate", 0));
        }
        return Map.of("estimate", 1, "filter", 1, "checks", checks);
    }

    private static List<String> names(JsonNode checks) {
        var names = new ArrayList<String>();
        checks.forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    private static JsonNode check(JsonNode verdict, String name) {
        for (var check : verdict.get("checks")) {
            if (check.get("name").asString().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no " + name + " in " + verdict);
    }

    private static int[] size(byte[] photo) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(photo));
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static void assertVerdictOfEveryMeasurableCheck(JsonNode verdict, byte[] photo) throws IOException {
        var measurable = Arrays.stream(QualityCheck.values()).filter(QualityCheck::measurable).map(QualityCheck::wire).toList();
        assertThat(names(verdict.get("checks"))).containsExactlyElementsOf(measurable);
        boolean allPassed = true;
        for (var check : verdict.get("checks")) {
            assertThat(check.propertyNames()).containsExactly("name", "object_value", "threshold_value", "result");
            allPassed &= check.get("result").asInt() == 1;
        }
        assertThat(verdict.get("status").asInt()).isEqualTo(allPassed ? 1 : 0);
        var size = size(photo);
        assertThat(check(verdict, "image_format").get("object_value").asString()).isEqualTo("JPEG");
        assertThat(check(verdict, "image_format").get("threshold_value").toString()).isEqualTo("[\"JPEG\",\"JPEG2000\",\"PNG\"]");
        assertThat(check(verdict, "image_width").get("object_value").asInt()).isEqualTo(size[0]);
        assertThat(check(verdict, "image_height").get("object_value").asInt()).isEqualTo(size[1]);
        assertThat(check(verdict, "image_size").get("object_value").asInt()).isEqualTo(photo.length);
        assertThat(check(verdict, "eye_distance").get("threshold_value").toString()).isEqualTo("{\"min\":90,\"max\":1920}");
    }

    @Test
    void aHandlersEventsShowEveryCheckMadeOnEachFaceAndTheHandlerKeepsThePolicyAsGiven(Api api) throws IOException {
        var client = api.newAccount("user").withToken();
        var faceQuality = measurableChecks(0, Map.of(QualityCheck.HEAD_YAW,
                Map.of("estimate", 1, "threshold", Map.of("min", -40, "max", 40))));
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("detect_policy", Map.of("face_quality", faceQuality))));
        var stored = client.get("/6/handlers/" + handler).assertStatus(200).json().get("policies").get("detect_policy").get("face_quality");
        assertThat(stored.get("filter").asInt()).isZero();
        assertThat(stored.get("checks").get("head_yaw").toString()).isEqualTo("{\"estimate\":1,\"threshold\":{\"min\":-40,\"max\":40}}");
        assertThat(stored.get("checks").get("gaze_yaw").get("estimate").asInt()).isZero();
        var photo = DetectorTest.photo(Asset.PHOTO_1);

        var answer = client.post("/6/handlers/" + handler + "/events", "image/jpeg", photo).assertStatus(201).json();

        var events = answer.get("events");
        assertThat(events.size()).as("every face of sample1 is an event, none filtered").isEqualTo(3);
        assertThat(answer.get("filtered_detections").get("face_detections").size()).isZero();
        for (var event : events) {
            var detection = event.get("detections").get(0).get("samples").get("face").get("detection");
            assertVerdictOfEveryMeasurableCheck(detection.get("face_quality"), photo);
            assertThat(check(detection.get("face_quality"), "head_yaw").get("threshold_value").toString())
                    .isEqualTo("{\"min\":-40,\"max\":40}");
            // the checks read quality, head pose and eyes; the policy asks to show none of them
            assertThat(detection.has("quality")).isFalse();
            assertThat(detection.has("attributes")).isFalse();
        }
    }

    @Test
    void aFaceSampleIsNotCheckedOnWhatItsAlignmentSettles(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("detect_policy",
                Map.of("face_quality", measurableChecks(0, Map.of())))));
        var sampleId = client.post("/6/detector", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1)).assertStatus(201).json()
                .get("images").get(0).get("detections").get("samples").get(0).get("face").get("sample_id").asString();
        var sample = client.get("/6/samples/faces/" + sampleId).assertStatus(200).bytes();

        var answer = client.post("/6/handlers/" + handler + "/events?image_type=1", "image/jpeg", sample).assertStatus(201).json();

        var verdict = answer.get("events").get(0).get("detections").get(0).get("samples").get("face").get("detection").get("face_quality");
        assertThat(names(verdict.get("checks"))).containsExactly("image_format", "illumination_quality", "specularity_quality",
                "blurriness_quality", "dark_quality", "light_quality", "head_yaw", "head_pitch", "left_eye", "right_eye", "image_size");
        assertThat(check(verdict, "image_size").get("object_value").asInt()).isEqualTo(sample.length);
    }

    @Test
    void withTheFilterFacesThatFailAreListedApartAndNothingIsStoredOfThem(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of(
                "detect_policy", Map.of("face_quality", noPhotoIsWideEnough()),
                "storage_policy", Map.of("face_policy", Map.of("store_face", 1), "image_origin_policy", Map.of("store_image", 1)))));

        var answer = client.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1))
                .assertStatus(201).json();

        assertThat(answer.get("images").get(0).get("status").asInt()).isEqualTo(1);
        assertThat(answer.get("events").size()).isZero();
        var filtered = answer.get("filtered_detections").get("face_detections");
        assertThat(filtered.size()).isEqualTo(3);
        for (var face : filtered) {
            assertThat(face.get("filter_reasons").toString()).isEqualTo("[" + TOO_NARROW + "]");
            var verdict = face.get("detection").get("sample").get("detection").get("face_quality");
            assertThat(verdict.get("status").asInt()).isZero();
            assertThat(verdict.get("checks").toString()).startsWith("[{\"name\":\"image_width\",\"object_value\":")
                    .endsWith(",\"threshold_value\":{\"min\":99999,\"max\":null},\"result\":0}]");
        }
        assertThat(EventsTest.eventIds(client, "handler_ids=" + handler)).isEmpty();
        assertThat(client.get("/6/faces/count").assertStatus(200).json().get("faces_count").asInt()).isZero();
        assertThat(StoredSamples.faceSamplesOf(stack, account.id())).isZero();
        assertThat(StoredSamples.imagesOf(stack, account.id())).isZero();
    }

    @Test
    void aVerifierShowsTheChecksOfEachFaceAndItsFilterTakesOutThoseThatFail(Api api, RunningStack.Started stack) throws IOException {
        var people = VerifierFaces.of(api);
        var client = people.client();
        var checking = createVerifier(client, "checks", policies(0.5, Map.of("detect_policy",
                Map.of("face_quality", measurableChecks(0, Map.of())))));
        var strict = createVerifier(client, "too narrow", policies(0.5, Map.of("detect_policy",
                Map.of("face_quality", noPhotoIsWideEnough()), "storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 1),
                "attribute_policy", Map.of("store_attribute", 1)))));
        var query = "face_ids=" + people.womanFaceId();
        var photo = DetectorTest.photo(Asset.PHOTO_3);
        int samplesBefore = StoredSamples.faceSamplesOf(stack, people.account().id());

        var faces = facesFromLeft(verifyPhoto(client, checking, query, Asset.PHOTO_3));
        var filtered = verifyPhoto(client, strict, query, Asset.PHOTO_3).assertStatus(201).json().get("images").get(0).get("detections");

        assertThat(faces).hasSize(3);
        for (var face : faces) {
            var sample = face.get("sample").get("face");
            assertThat(sample.propertyNames()).containsExactly("rect", "sample_id", "url", "face_quality");
            assertVerdictOfEveryMeasurableCheck(sample.get("face_quality"), photo);
        }
        assertThat(filtered.get("face_detections").size()).isZero();
        var filteredFaces = filtered.get("filtered_detections").get("face_detections");
        assertThat(filteredFaces.size()).isEqualTo(3);
        filteredFaces.forEach(f -> assertThat(f.get("filter_reasons").toString()).isEqualTo("[" + TOO_NARROW + "]"));
        assertThat(StoredSamples.faceSamplesOf(stack, people.account().id())).as("a filtered face is never stored").isEqualTo(samplesBefore);
    }
}
