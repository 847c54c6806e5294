package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.protocol.ServiceProtocol;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/iso} over HTTP with the real models. The portrait is the webcam man cut to ISO's
 * framing (eyes midway across and 40 % down, head about two thirds of the width and height); his head
 * is turned about 9 degrees and lowered, so the pose checks fail on every version of him.
 */
@ExtendWith(RunningStack.class)
class IsoTest {
    private static final BufferedImage PORTRAIT = PhotoEdits.crop(PhotoEdits.read(Asset.WEBCAM_SCREENSHOT), 220, 122, 420, 520);
    private static final List<String> CHECKS = List.of("image_format", "illumination_quality", "specularity_quality",
            "blurriness_quality", "dark_quality", "light_quality", "head_yaw", "head_pitch", "head_roll", "left_eye",
            "right_eye", "head_horizontal_center", "head_vertical_center", "head_width", "head_height", "eye_distance");
    private static final List<String> GEOMETRY = List.of("head_horizontal_center", "head_vertical_center", "head_width",
            "head_height", "eye_distance");

    private static JsonNode theOnlyImage(Api.Reply reply) {
        var images = reply.assertStatus(200).json().get("images");
        assertThat(images.size()).isEqualTo(1);
        return images.get(0);
    }

    /** The detection of the one face checked in the one image sent. */
    private static JsonNode theOnlyFace(Api.Reply reply) {
        var image = theOnlyImage(reply);
        assertThat(image.get("status").asInt()).as(image.toString()).isEqualTo(1);
        assertThat(image.get("estimations").size()).isEqualTo(1);
        return image.get("estimations").get(0).get("face").get("detection");
    }

    private static Map<String, JsonNode> checksOf(JsonNode detection) {
        var checks = new java.util.LinkedHashMap<String, JsonNode>();
        detection.get("iso").get("checks").forEach(check -> checks.put(check.get("name").asString(), check));
        return checks;
    }

    private static int result(JsonNode detection, String check) {
        return checksOf(detection).get(check).get("result").asInt();
    }

    private static Api.Reply check(Api.Account account, BufferedImage photo) {
        return account.api().post("/6/iso", "image/png", PhotoEdits.encode(photo, "png"));
    }

    @Test
    void aPortraitIsCheckedOnEveryRequirementThisPlatformMeasuresWithTheSeedsThresholds(Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(check(account, PORTRAIT));
        assertThat(image.get("error").get("error_code").asInt()).isZero();
        var detection = image.get("estimations").get(0).get("face").get("detection");
        assertThat(detection.get("rect").get("width").asInt()).isBetween(200, 320);
        var checks = checksOf(detection);
        assertThat(checks.keySet()).containsExactlyElementsOf(CHECKS);
        assertThat(checks.get("image_format").get("threshold_value").toString()).isEqualTo("[\"JPEG\",\"JPEG2000\",\"PNG\"]");
        assertThat(checks.get("blurriness_quality").get("threshold_value").toString()).isEqualTo("{\"min\":0.61,\"max\":1}");
        assertThat(checks.get("head_roll").get("threshold_value").toString()).isEqualTo("{\"min\":-8,\"max\":8}");
        assertThat(checks.get("eye_distance").get("threshold_value").toString()).isEqualTo("{\"min\":90,\"max\":null}");
        assertThat(checks.get("image_format").get("object_value").asString()).isEqualTo("PNG");
        boolean allPassed = true;
        for (var check : checks.values()) {
            assertThat(check.get("result").asInt()).as(check.toString()).isEqualTo(passes(check) ? 1 : 0);
            allPassed &= passes(check);
        }
        assertThat(detection.get("iso").get("status").asInt()).isEqualTo(allPassed ? 1 : 0);
        for (var passed : List.of("image_format", "blurriness_quality", "dark_quality", "left_eye", "right_eye")) {
            assertThat(checks.get(passed).get("result").asInt()).as(passed).isEqualTo(1);
        }
        assertThat(checks.get("head_yaw").get("result").asInt()).isZero();
        assertThat(detection.get("iso").get("status").asInt()).isZero();
    }

    @Test
    void theFramingOfThePhotoDecidesTheGeometryChecks(Api api) {
        var account = api.newAccount("user");
        var framed = theOnlyFace(check(account, PORTRAIT));
        GEOMETRY.forEach(check -> assertThat(result(framed, check)).as(check).isEqualTo(1));
        var screenshot = theOnlyFace(account.api().post("/6/iso", "image/png", DetectorTest.photo(Asset.WEBCAM_SCREENSHOT)));
        assertThat(result(screenshot, "head_width")).isZero();
        assertThat(result(screenshot, "head_height")).isZero();
        assertThat(result(screenshot, "eye_distance")).isEqualTo(1);
        // the same framing at half the size: the shares hold, the eyes come closer than 90 pixels
        var small = theOnlyFace(check(account, PhotoEdits.scaled(PORTRAIT, 0.5)));
        assertThat(checksOf(small).get("eye_distance").get("object_value").asInt()).isLessThan(90);
        assertThat(result(small, "eye_distance")).isZero();
        List.of("head_horizontal_center", "head_vertical_center", "head_width", "head_height")
                .forEach(check -> assertThat(result(small, check)).as(check).isEqualTo(1));
    }

    @Test
    void aLevelledHeadPassesTheRollCheckThatTheTiltedOneFails(Api api) {
        var account = api.newAccount("user");
        var tilted = checksOf(theOnlyFace(check(account, PORTRAIT))).get("head_roll");
        assertThat(tilted.get("object_value").asDouble()).isLessThan(-8);
        assertThat(tilted.get("result").asInt()).isZero();
        var levelled = checksOf(theOnlyFace(check(account, PhotoEdits.turned(PORTRAIT, 9, 215, 208)))).get("head_roll");
        assertThat(levelled.get("object_value").asDouble()).isBetween(-8.0, 8.0);
        assertThat(levelled.get("result").asInt()).isEqualTo(1);
    }

    @Test
    void blurAndUnderexposureFailTheirQualityChecks(Api api) {
        var account = api.newAccount("user");
        var blurred = theOnlyFace(check(account, PhotoEdits.blurred(PORTRAIT, 13)));
        assertThat(result(blurred, "blurriness_quality")).isZero();
        assertThat(result(blurred, "dark_quality")).isEqualTo(1);
        var dark = theOnlyFace(check(account, PhotoEdits.darkened(PORTRAIT, 0.4f)));
        assertThat(result(dark, "dark_quality")).isZero();
        assertThat(result(dark, "blurriness_quality")).isEqualTo(1);
    }

    @Test
    void onlyJpegJpeg2000AndPngPassTheFormatCheck(Api api) {
        var account = api.newAccount("user");
        var bmp = theOnlyFace(account.api().post("/6/iso", "image/bmp", PhotoEdits.encode(PORTRAIT, "bmp")));
        assertThat(checksOf(bmp).get("image_format").get("object_value").asString()).isEqualTo("BMP");
        assertThat(result(bmp, "image_format")).isZero();
        assertThat(bmp.get("iso").get("status").asInt()).isZero();
        var jpeg = theOnlyFace(account.api().post("/6/iso", "image/x-jpeg-base64",
                java.util.Base64.getEncoder().encode(PhotoEdits.encode(PORTRAIT, "jpeg"))));
        assertThat(checksOf(jpeg).get("image_format").get("object_value").asString()).isEqualTo("JPEG");
        assertThat(result(jpeg, "image_format")).isEqualTo(1);
    }

    @Test
    void theMultifacePolicyDecidesWhetherAndWhichFacesOfAGroupAreChecked(Api api) {
        var account = api.newAccount("user");
        var group = DetectorTest.photo(Asset.PHOTO_3);
        var refused = theOnlyImage(account.api().post("/6/iso", "image/jpeg", group));
        assertImageError(refused, ErrorCode.TOO_MANY_FACES);
        var all = theOnlyImage(account.api().post("/6/iso?multiface_policy=1", "image/jpeg", group)).get("estimations");
        assertThat(all.size()).isEqualTo(3);
        all.forEach(face -> assertThat(checksOf(face.get("face").get("detection")).keySet()).containsExactlyElementsOf(CHECKS));
        var best = theOnlyImage(account.api().post("/6/iso?multiface_policy=2", "image/jpeg", group)).get("estimations");
        assertThat(best.size()).isEqualTo(1);
        assertImageError(theOnlyImage(account.api().post("/6/iso?multiface_policy=1", "image/jpeg", DetectorTest.photo(Asset.LANDSCAPE))),
                ErrorCode.NO_FACE_FOUND);
    }

    @Test
    void aFaceSampleIsNotCheckedOnWhatTheAlignmentSettles(Api api) {
        var detecting = api.newAccount("user");
        var url = detecting.api().post("/6/detector", "image/png", DetectorTest.photo(Asset.WEBCAM_SCREENSHOT)).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples").get(0).get("face").get("url").asString();
        var sample = detecting.api().get(url).assertStatus(200).bytes();
        var checks = checksOf(theOnlyFace(detecting.api().post("/6/iso?image_type=1", "image/jpeg", sample))).keySet();
        assertThat(checks).containsExactly("image_format", "illumination_quality", "specularity_quality", "blurriness_quality",
                "dark_quality", "light_quality", "head_yaw", "head_pitch", "left_eye", "right_eye");
    }

    @Test
    void aWrongRequestIsRefusedAndAnUnusableImageGetsItsOwnError(Api api) {
        var account = api.newAccount("user");
        var portrait = PhotoEdits.encode(PORTRAIT, "png");
        account.api().post("/6/iso?image_type=2", "image/png", portrait).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        account.api().post("/6/iso?multiface_policy=3", "image/png", portrait).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        account.api().post("/6/iso?extract_exif=1", "image/png", portrait).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        account.api().post("/6/iso", "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        account.api().post("/6/iso", "image/png", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        account.api().withHeader("Accept", "text/html").post("/6/iso", "image/png", portrait).assertError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        api.post("/6/iso", "image/png", portrait).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        var corrupt = Arrays.copyOf(DetectorTest.photo(Asset.PHOTO_1), 4000);
        Arrays.fill(corrupt, 200, corrupt.length, (byte) 0x55);
        assertImageError(theOnlyImage(account.api().post("/6/iso", "image/jpeg", corrupt)), ErrorCode.IMAGE_DECODING_FAILED);
        assertImageError(theOnlyImage(account.api().post("/6/iso", "image/jpeg", portrait)), ErrorCode.BAD_IMAGE);
    }

    @Test
    void msgpackCarriesTheSameAnswerAsJson(Api api) throws Exception {
        var account = api.newAccount("user");
        var portrait = PhotoEdits.encode(PORTRAIT, "png");
        var json = account.api().post("/6/iso", "image/png", portrait).assertStatus(200).bytes();
        var packed = account.api().withHeader("Accept", "application/msgpack").post("/6/iso", "image/png", portrait).assertStatus(200);
        assertThat(packed.header("Content-Type")).contains("application/msgpack");
        var unpacked = ServiceProtocol.mapperFor(ServiceProtocol.MSGPACK).readTree(packed.bytes());
        var asJson = ServiceProtocol.mapperFor(ServiceProtocol.JSON).readTree(json);
        assertThat(unpacked.toString()).contains("\"checks\"");
        assertSameTree(unpacked, asJson, "");
    }

    /** Equal trees, numbers compared at float precision: msgpack carries the estimations' float32 exactly, JSON as decimal text. */
    private static void assertSameTree(com.fasterxml.jackson.databind.JsonNode a, com.fasterxml.jackson.databind.JsonNode b, String at) {
        if (a.isNumber() && b.isNumber()) {
            assertThat(a.floatValue()).as(at).isEqualTo(b.floatValue());
            return;
        }
        assertThat(a.getNodeType()).as(at).isEqualTo(b.getNodeType());
        if (a.isContainerNode()) {
            assertThat(a.size()).as(at).isEqualTo(b.size());
            if (a.isArray()) {
                for (int i = 0; i < a.size(); i++) {
                    assertSameTree(a.get(i), b.get(i), at + "[" + i + "]");
                }
            } else {
                a.fieldNames().forEachRemaining(name -> assertSameTree(a.get(name), b.path(name), at + "." + name));
            }
        } else {
            assertThat(a).as(at).isEqualTo(b);
        }
    }

    @Test
    void aTokenMayCheckImagesOnlyWhenItsResourcesNameIso(Api api) {
        var account = api.newAccount("user");
        var portrait = PhotoEdits.encode(PORTRAIT, "png");
        var withoutIt = LivenessTest.token(account, Map.of("resources", List.of("liveness")));
        api.bearer(withoutIt).post("/6/iso", "image/png", portrait).assertError(ErrorCode.PERMISSION_DENIED);
        var withIt = LivenessTest.token(account, Map.of("resources", List.of("iso")));
        assertThat(theOnlyImage(api.bearer(withIt).post("/6/iso", "image/png", portrait)).get("status").asInt()).isEqualTo(1);
    }

    @Test
    void checkingStoresNothingWhereDetectingStoresTheSample(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var portrait = PhotoEdits.encode(PORTRAIT, "png");
        check(account, PORTRAIT).assertStatus(200);
        account.api().post("/6/iso?multiface_policy=1", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3)).assertStatus(200);
        account.api().post("/6/iso?extract_exif=1", "image/png", portrait).assertStatus(403);
        assertThat(StoredObjects.of(stack, account.id())).isZero();
        account.api().post("/6/detector", "image/png", portrait).assertStatus(201);
        assertThat(StoredObjects.of(stack, account.id())).isEqualTo(1);
    }

    /** Whether a check's value lies within its range or among its allowed values, read from the response alone. */
    private static boolean passes(JsonNode check) {
        var value = check.get("object_value");
        var threshold = check.get("threshold_value");
        if (threshold.isArray()) {
            for (var allowed : threshold) {
                if (allowed.asString().equals(value.asString())) {
                    return true;
                }
            }
            return false;
        }
        double v = value.asDouble();
        return v >= threshold.get("min").asDouble() && (threshold.get("max").isNull() || v <= threshold.get("max").asDouble());
    }

    private static void assertImageError(JsonNode image, ErrorCode error) {
        assertThat(image.get("status").asInt()).isZero();
        assertThat(image.get("estimations").isNull()).isTrue();
        assertThat(image.get("error").get("error_code").asInt()).isEqualTo(error.code());
        assertThat(image.get("error").get("desc").asString()).isEqualTo(error.desc());
    }
}
