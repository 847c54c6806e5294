package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.blobs.PngFiles;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/detector} over HTTP with the real models and photos. */
@ExtendWith(RunningStack.class)
class DetectorTest {
    private static final AssetCache ASSETS = AssetCache.fromEnvironment();

    static byte[] photo(Asset asset) {
        try {
            return Files.readAllBytes(ASSETS.path(asset));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode theOnlyImage(Api.Reply reply) {
        var images = reply.assertStatus(201).json().get("images");
        assertThat(images.size()).isEqualTo(1);
        return images.get(0);
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1,3", "PHOTO_2,3", "PHOTO_3,3", "PHOTO_4,4", "PHOTO_5,5", "PHOTO_6,4", "KITTEN,0", "LANDSCAPE,0"})
    void everyFaceOfAPhotoIsFoundAndNothingElse(Asset asset, int faces, Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(account.api().post("/6/detector", "image/jpeg", photo(asset)));
        assertThat(image.get("status").asInt()).isEqualTo(1);
        assertThat(image.get("error").get("error_code").asInt()).isZero();
        assertThat(image.get("detections").get("samples").size()).isEqualTo(faces);
    }

    @Test
    void eachFaceSampleIsStoredForItsAccountOnly(Api api) {
        var owner = api.newAccount("user");
        var stranger = api.newAccount("user");
        var samples = theOnlyImage(owner.api().post("/6/detector?detect_landmarks68=1", "image/jpeg", photo(Asset.PHOTO_1)))
                .get("detections").get("samples");
        var urls = new ArrayList<String>();
        for (var sample : samples) {
            var face = sample.get("face");
            var detection = face.get("detection");
            assertThat(detection.get("rect").get("width").asInt()).isGreaterThan(100);
            assertThat(detection.get("landmarks5").size()).isEqualTo(5);
            assertThat(detection.get("landmarks68").size()).isEqualTo(68);
            assertThat(face.get("url").asString()).isEqualTo("/6/samples/faces/" + face.get("sample_id").asString());
            urls.add(face.get("url").asString());
        }
        for (var url : urls) {
            var got = owner.api().get(url).assertStatus(200);
            assertThat(got.header("Content-Type")).contains("image/jpeg");
            assertThat(got.bytes().length).isGreaterThan(1000);
            stranger.api().get(url).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        }
    }

    @Test
    void onlyTheBestFaceWithMultifacePolicyZero(Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(account.api().post("/6/detector?multiface_policy=0", "image/jpeg", photo(Asset.PHOTO_5)));
        assertThat(image.get("detections").get("samples").size()).isEqualTo(1);
    }

    @Test
    void aStoredSampleIsDetectedAgainAsAWarpedImage(Api api) {
        var account = api.newAccount("user");
        var url = theOnlyImage(account.api().post("/6/detector", "image/jpeg", photo(Asset.PHOTO_3)))
                .get("detections").get("samples").get(0).get("face").get("url").asString();
        var sample = account.api().get(url).assertStatus(200).bytes();
        var again = theOnlyImage(account.api().post("/6/detector?warped_image=1", "image/jpeg", sample));
        assertThat(again.get("detections").get("samples").size()).isEqualTo(1);
    }

    @Test
    void imagesThatCannotBeUsedGetTheirOwnError(Api api) {
        var account = api.newAccount("user");
        var corrupt = photo(Asset.PHOTO_1).clone();
        java.util.Arrays.fill(corrupt, 200, corrupt.length, (byte) 0x55);
        assertImageError(account.api().post("/6/detector", "image/jpeg", java.util.Arrays.copyOf(corrupt, 4000)), ErrorCode.IMAGE_DECODING_FAILED);
        assertImageError(account.api().post("/6/detector", "image/png", TestImages.encode("png", 1, 1)), ErrorCode.IMAGE_TOO_SMALL);
        assertImageError(account.api().post("/6/detector", "image/png", PngFiles.header(10_000, 10_000)), ErrorCode.IMAGE_TOO_LARGE);
        assertImageError(account.api().post("/6/detector", "image/png", photo(Asset.PHOTO_2)), ErrorCode.BAD_IMAGE);
        account.api().post("/6/detector", "image/jpeg", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        account.api().post("/6/detector", "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
    }

    @Test
    void theEstimationsAskedForAreGivenForEveryFaceAndNoOthers(Api api) {
        var account = api.newAccount("user");
        var asked = theOnlyImage(account.api().post(
                "/6/detector?estimate_head_pose=1&estimate_emotions=1&estimate_quality=1&estimate_eyes_attributes=1",
                "image/jpeg", photo(Asset.PHOTO_3))).get("detections").get("samples");
        assertThat(asked.size()).isEqualTo(3);
        for (var sample : asked) {
            var detection = sample.get("face").get("detection");
            var attributes = detection.get("attributes");
            assertThat(Math.abs(attributes.get("head_pose").get("yaw").asDouble())).isLessThan(45);
            var emotions = attributes.get("emotions");
            assertThat(emotions.get("estimations").propertyNames()).containsExactlyInAnyOrder(
                    "anger", "disgust", "fear", "happiness", "sadness", "surprise", "neutral");
            assertThat(emotions.get("estimations").get(emotions.get("predominant_emotion").asString()).asDouble())
                    .isGreaterThanOrEqualTo(emotions.get("estimations").get("neutral").asDouble());
            assertThat(attributes.get("eyes_attributes").get("left_eye").get("state").asString()).isEqualTo("open");
            assertThat(attributes.get("eyes_attributes").get("right_eye").get("state").asString()).isEqualTo("open");
            assertThat(detection.get("quality").propertyNames()).containsExactlyInAnyOrder(
                    "blurriness", "dark", "illumination", "specularity", "light");
        }
        var plain = theOnlyImage(account.api().post("/6/detector", "image/jpeg", photo(Asset.PHOTO_3))).get("detections").get("samples");
        for (var sample : plain) {
            assertThat(sample.get("face").get("detection").has("attributes")).isFalse();
            assertThat(sample.get("face").get("detection").has("quality")).isFalse();
        }
    }

    @Test
    void aFaceTurnedBeyondAPoseThresholdIsFilteredAndNotStored(Api api) {
        var account = api.newAccount("user");
        // sample6: three women face the camera (the model reads pitches of -10 to -18), the third from the left lowers her
        // head onto her shoulder (-23)
        var detections = theOnlyImage(account.api().post("/6/detector?pitch_threshold=21", "image/jpeg", photo(Asset.PHOTO_6)))
                .get("detections");
        assertThat(detections.get("samples").size()).isEqualTo(3);
        assertThat(detections.get("samples").get(0).get("face").get("detection").has("attributes")).isFalse();
        var filtered = detections.get("filtered_detections").get("face_detections");
        assertThat(filtered.size()).isEqualTo(1);
        var reason = filtered.get(0).get("filter_reasons").get(0);
        assertThat(reason.get("filter_name").asString()).isEqualTo("pitch_threshold");
        assertThat(reason.get("object_value").asDouble()).isLessThan(-21);
        assertThat(reason.get("threshold_value").asInt()).isEqualTo(21);
        assertThat(filtered.get(0).get("detection").get("sample").get("detection").get("rect").get("width").asInt()).isGreaterThan(100);

        var none = theOnlyImage(account.api().post("/6/detector?yaw_threshold=0", "image/jpeg", photo(Asset.PHOTO_6))).get("detections");
        assertThat(none.get("samples").size()).isZero();
        assertThat(none.get("filtered_detections").get("face_detections").size()).isEqualTo(4);
        account.api().post("/6/detector?roll_threshold=181", "image/jpeg", photo(Asset.PHOTO_6)).assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void anEstimationWithNoModelIsRefusedAsUnavailable(Api api) {
        var account = api.newAccount("user");
        account.api().post("/6/detector?estimate_gaze=1", "image/jpeg", photo(Asset.PHOTO_1)).assertError(ErrorCode.FEATURE_UNAVAILABLE);
    }

    private static void assertImageError(Api.Reply reply, ErrorCode error) {
        var image = theOnlyImage(reply);
        assertThat(image.get("status").asInt()).isZero();
        assertThat(image.get("error").get("error_code").asInt()).isEqualTo(error.code());
        assertThat(image.get("error").get("desc").asString()).isEqualTo(error.desc());
    }
}
