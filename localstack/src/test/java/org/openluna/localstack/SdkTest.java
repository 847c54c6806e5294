package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openluna.localstack.DetectorTest.photo;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.DescriptorVersion;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/sdk} over HTTP with the real models and photos: what is estimated, and that nothing is stored. */
@ExtendWith(RunningStack.class)
class SdkTest {

    static JsonNode theOnlyImage(Api.Reply reply) {
        var images = reply.assertStatus(200).json().get("images_estimations");
        assertThat(images.size()).isEqualTo(1);
        var image = images.get(0);
        assertThat(image.get("status").asInt()).as(image.toString()).isEqualTo(1);
        assertThat(image.get("error").get("error_code").asInt()).isZero();
        return image;
    }

    static JsonNode faces(Api.Reply reply) {
        return theOnlyImage(reply).get("estimations");
    }

    static JsonNode detection(JsonNode estimation) {
        return estimation.get("face").get("detection");
    }

    @Test
    void theThreeWomenOfSample3AreFemaleAdultsWithEmotionsThatSumToOne(Api api) {
        var account = api.newAccount("user");
        var faces = faces(account.api().post("/6/sdk?estimate_basic_attributes=1&estimate_emotions=1&estimate_head_pose=1",
                "image/jpeg", photo(Asset.PHOTO_3)));

        assertThat(faces.size()).isEqualTo(3);
        for (var face : faces) {
            var attributes = detection(face).get("attributes");
            var basic = attributes.get("basic_attributes");
            assertThat(basic.get("gender").asInt()).isZero();
            assertThat(basic.get("age").asInt()).isBetween(15, 70);
            assertThat(basic.get("ethnicities").isNull()).isTrue();
            var emotions = attributes.get("emotions").get("estimations");
            double sum = 0;
            for (var name : emotions.propertyNames()) {
                sum += emotions.get(name).asDouble();
            }
            assertThat(sum).isCloseTo(1.0, within(1e-3));
            assertThat(Math.abs(attributes.get("head_pose").get("yaw").asDouble())).isLessThan(45);
            // the face descriptor is on by default (seed l.496)
            assertThat(attributes.get("descriptor").get("sdk_descriptor").isString()).isTrue();
        }
    }

    @Test
    void theWebcamManIsMaleAndReal(Api api) {
        var account = api.newAccount("user");
        var faces = faces(account.api().post("/6/sdk?estimate_basic_attributes=1&estimate_liveness=1", "image/png",
                photo(Asset.WEBCAM_SCREENSHOT)));

        assertThat(faces.size()).isEqualTo(1);
        var attributes = detection(faces.get(0)).get("attributes");
        assertThat(attributes.get("basic_attributes").get("gender").asInt()).isEqualTo(1);
        var liveness = attributes.get("liveness");
        assertThat(liveness.get("prediction").asString()).isEqualTo("real");
        assertThat(liveness.get("estimations").get("score").asDouble()).isBetween(0.5, 1.0);
        // no model here measures the image quality LUNA's liveness reports beside the score
        assertThat(liveness.get("estimations").has("quality")).isFalse();
    }

    @Test
    void aDescriptorIsOurVersionAndAgreesBetweenThePhotoAndItsWarp(Api api) {
        var account = api.newAccount("user");
        var faces = faces(account.api().post("/6/sdk?estimate_face_warp=1", "image/jpeg", photo(Asset.PHOTO_3)));
        var first = detection(faces.get(0));
        var fromPhoto = SdkDescriptor.parseBase64(first.get("attributes").get("descriptor").get("sdk_descriptor").asString());
        assertThat(Base64.getDecoder().decode(first.get("attributes").get("descriptor").get("sdk_descriptor").asString()))
                .startsWith('d', 'p', 0, 0, (byte) (DescriptorVersion.OURS.number() & 0xFF), (byte) (DescriptorVersion.OURS.number() >> 8), 0, 0);

        var warp = Base64.getDecoder().decode(first.get("warp").asString());
        var warpFaces = faces(account.api().post("/6/sdk?image_type=1", "image/jpeg", warp));
        var fromWarp = descriptorOf(warpFaces.get(0));
        var otherWoman = descriptorOf(faces.get(1));

        assertThat(warp).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(fromPhoto.similarityTo(fromWarp)).isGreaterThan(0.9);
        assertThat(fromPhoto.similarityTo(otherWoman)).isLessThan(0.5);
    }

    @Test
    void pointsWarpsAndQualityAppearOnlyWhenAskedFor(Api api) {
        var account = api.newAccount("user");
        var plain = detection(faces(account.api().post("/6/sdk?detect_face=1&estimate_face_descriptor=0", "image/jpeg",
                photo(Asset.PHOTO_1))).get(0));
        assertThat(plain.propertyNames()).containsExactlyInAnyOrder("rect", "detection_score");
        assertThat(plain.get("rect").get("width").asInt()).isGreaterThan(100);

        var asked = detection(faces(account.api().post(
                "/6/sdk?estimate_landmarks5=1&estimate_landmarks68=1&estimate_quality=1&estimate_eyes_attributes=1&estimate_face_warp=1",
                "image/jpeg", photo(Asset.PHOTO_1))).get(0));
        assertThat(asked.get("landmarks5").size()).isEqualTo(5);
        assertThat(asked.get("landmarks68").size()).isEqualTo(68);
        assertThat(asked.get("quality").propertyNames()).containsExactlyInAnyOrder("blurriness", "dark", "illumination", "specularity", "light");
        assertThat(asked.get("attributes").get("eyes_attributes").get("left_eye").get("state").asString()).isIn("open", "closed");
        assertThat(asked.get("warp").asString()).startsWith("/9j/");
    }

    @Test
    void aWarpIsNotSearchedForPoseOrPoints(Api api) {
        var account = api.newAccount("user");
        var warp = Base64.getDecoder().decode(detection(faces(account.api().post("/6/sdk?estimate_face_warp=1",
                "image/jpeg", photo(Asset.PHOTO_2))).get(0)).get("warp").asString());

        var faces = faces(account.api().post("/6/sdk?image_type=1&estimate_head_pose=1&estimate_landmarks5=1&estimate_landmarks68=1"
                + "&estimate_liveness=1&estimate_emotions=1&estimate_face_descriptor=0", "image/jpeg", warp));

        assertThat(faces.size()).isEqualTo(1);
        var detection = detection(faces.get(0));
        assertThat(detection.has("landmarks5")).isFalse();
        assertThat(detection.has("landmarks68")).isFalse();
        assertThat(detection.get("attributes").propertyNames()).containsExactly("emotions");
    }

    @Test
    void withoutAFaceAskedForNothingIsDetectedAndABrokenImageStillGetsItsError(Api api) {
        var account = api.newAccount("user");
        var form = new MultipartForm()
                .image("sample1.jpg", "image/jpeg", photo(Asset.PHOTO_1))
                .image("corrupt.jpg", "image/jpeg", DetectorBodiesTest.corrupt(photo(Asset.PHOTO_1)));

        var images = account.api().postForm("/6/sdk", form).assertStatus(200).json().get("images_estimations");

        assertThat(images.get(0).get("filename").asString()).isEqualTo("sample1.jpg");
        assertThat(images.get(0).get("estimations").size()).isZero();
        DetectorBodiesTest.assertImageError(images.get(1), org.openluna.shared.api.ErrorCode.IMAGE_DECODING_FAILED);
        assertThat(images.get(1).has("estimations")).isFalse();
    }

    @Test
    void severalImagesAreAnsweredInOrderAndNothingIsStored(Api api, RunningStack.Started started) {
        var account = api.newAccount("user");
        var form = new MultipartForm()
                .image("kitten.jpg", "image/jpeg", photo(Asset.KITTEN))
                .image("sample5.jpg", "image/jpeg", photo(Asset.PHOTO_5))
                .image("tiny.png", "image/png", TestImages.encode("png", 1, 1));

        var images = account.api().postForm("/6/sdk?detect_face=1&estimate_face_warp=1", form).assertStatus(200).json()
                .get("images_estimations");

        assertThat(images.get(0).get("estimations").size()).isZero();
        assertThat(images.get(1).get("estimations").size()).isEqualTo(5);
        DetectorBodiesTest.assertImageError(images.get(2), org.openluna.shared.api.ErrorCode.IMAGE_TOO_SMALL);
        assertThat(StoredSamples.faceSamplesOf(started, account.id())).isZero();
        assertThat(StoredSamples.imagesOf(started, account.id())).isZero();
        // the same photo through the detector does store its samples, so the count above can see them
        account.api().post("/6/detector", "image/jpeg", photo(Asset.PHOTO_5)).assertStatus(201);
        assertThat(StoredSamples.faceSamplesOf(started, account.id())).isEqualTo(5);
    }

    @Test
    void aClientThatAcceptsMsgpackGetsTheSameAnswerInMsgpack(Api api) throws java.io.IOException {
        var account = api.newAccount("user");
        var path = "/6/sdk?estimate_emotions=1&estimate_landmarks5=1";
        var json = account.api().post(path, "image/jpeg", photo(Asset.PHOTO_2)).assertStatus(200);
        var msgpack = account.api().withHeader("Accept", "application/msgpack").post(path, "image/jpeg", photo(Asset.PHOTO_2))
                .assertStatus(200);

        assertThat(msgpack.header("Content-Type")).contains("application/msgpack");
        var fromMsgpack = new org.msgpack.jackson.dataformat.MessagePackMapper().readTree(msgpack.bytes());
        var fromJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.bytes());
        assertThat(fromMsgpack.get("images_estimations").get(0).get("estimations").size()).isEqualTo(3);
        assertThat(fromMsgpack).isEqualTo(fromJson);
    }

    private static Descriptor descriptorOf(JsonNode estimation) {
        return SdkDescriptor.parseBase64(detection(estimation).get("attributes").get("descriptor").get("sdk_descriptor").asString());
    }
}
