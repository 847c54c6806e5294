package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/liveness} over HTTP with the real liveness model and photos. */
@ExtendWith(RunningStack.class)
class LivenessTest {

    private static JsonNode theOnlyImage(Api.Reply reply) {
        var images = reply.assertStatus(200).json().get("images");
        assertThat(images.size()).isEqualTo(1);
        return images.get(0);
    }

    /** The face at this detector box, the box doubled about its centre, as a JPEG. */
    private static byte[] faceCutFrom(Asset photo, int x, int y, int width, int height) {
        return PhotoEdits.encode(PhotoEdits.crop(PhotoEdits.read(photo), x - width / 2, y - height / 2, 2 * width, 2 * height), "jpeg");
    }

    @Test
    void theWebcamManIsJudgedRealWithTheModelsProbabilityAndNoMadeUpQuality(Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(account.api().post("/6/liveness", "image/png", DetectorTest.photo(Asset.WEBCAM_SCREENSHOT)));
        assertThat(image.get("status").asInt()).isEqualTo(1);
        assertThat(image.get("error").get("error_code").asInt()).isZero();
        assertThat(image.get("error").get("desc").asString()).isEqualTo("Success");
        var liveness = image.get("liveness");
        assertThat(liveness.get("prediction").asInt()).isEqualTo(1);
        assertThat(liveness.get("estimations").get("probability").asDouble()).isBetween(0.5, 1.0);
        assertThat(liveness.get("estimations").propertyNames()).containsExactly("probability");
    }

    // detector boxes of people photographed directly, measured on the photos
    @ParameterizedTest
    @CsvSource({"PHOTO_1,416,358,183,235", "PHOTO_1,831,430,202,219", "PHOTO_1,1464,216,215,213",
                "PHOTO_4,989,176,176,253", "PHOTO_4,264,195,161,252", "PHOTO_4,662,66,187,248"})
    void facesCutFromTheGroupPhotosAreJudgedReal(Asset photo, int x, int y, int width, int height, Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(account.api().post("/6/liveness", "image/jpeg", faceCutFrom(photo, x, y, width, height)));
        assertThat(image.get("status").asInt()).isEqualTo(1);
        assertThat(image.get("liveness").get("prediction").asInt()).isEqualTo(1);
        assertThat(image.get("liveness").get("estimations").get("probability").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void thePredictionIsRealExactlyWhenTheProbabilityReachesOneHalf(Api api) {
        var account = api.newAccount("user");
        // a woman against a blown-out window blind (sample6), whom the model misjudges, and two it judges real
        var faces = List.of(faceCutFrom(Asset.PHOTO_6, 675, 325, 173, 310), faceCutFrom(Asset.PHOTO_4, 662, 66, 187, 248),
                faceCutFrom(Asset.PHOTO_1, 416, 358, 183, 235));
        var predictions = new java.util.ArrayList<Integer>();
        for (var face : faces) {
            var image = theOnlyImage(account.api().post("/6/liveness", "image/jpeg", face));
            assertThat(image.get("status").asInt()).as(image.toString()).isEqualTo(1);
            var liveness = image.get("liveness");
            double probability = liveness.get("estimations").get("probability").asDouble();
            assertThat(liveness.get("prediction").asInt()).isEqualTo(probability >= 0.5 ? 1 : 0);
            predictions.add(liveness.get("prediction").asInt());
        }
        assertThat(predictions).containsExactly(0, 1, 1);
    }

    @Test
    void aggregateGivesTheVerdictOnTheImagesAndIsLeftOutWithoutIt(Api api) {
        var account = api.newAccount("user");
        var webcam = DetectorTest.photo(Asset.WEBCAM_SCREENSHOT);
        var plain = account.api().post("/6/liveness", "image/png", webcam).assertStatus(200).json();
        assertThat(plain.has("aggregate_estimations")).isFalse();
        var aggregated = account.api().post("/6/liveness?aggregate=1", "image/png", webcam).assertStatus(200).json();
        assertThat(aggregated.get("aggregate_estimations").get("liveness")).isEqualTo(aggregated.get("images").get(0).get("liveness"));
        var none = account.api().post("/6/liveness?aggregate=1", "image/jpeg", DetectorTest.photo(Asset.LANDSCAPE)).assertStatus(200).json();
        assertThat(none.get("aggregate_estimations").get("liveness").isNull()).isTrue();
    }

    @Test
    void anImageOfSeveralPeopleOrOfNobodyGetsItsOwnErrorAndNoVerdict(Api api) {
        var account = api.newAccount("user");
        var group = theOnlyImage(account.api().post("/6/liveness", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3)));
        assertImageError(group, ErrorCode.TOO_MANY_FACES);
        assertThat(group.get("error").get("detail").asString()).startsWith("3 faces");
        assertImageError(theOnlyImage(account.api().post("/6/liveness", "image/jpeg", DetectorTest.photo(Asset.LANDSCAPE))),
                ErrorCode.NO_FACE_FOUND);
    }

    @Test
    void anUnusableImageGetsItsOwnErrorAndAWrongRequestIsRefused(Api api) {
        var account = api.newAccount("user");
        var corrupt = Arrays.copyOf(DetectorTest.photo(Asset.PHOTO_1), 4000);
        Arrays.fill(corrupt, 200, corrupt.length, (byte) 0x55);
        assertImageError(theOnlyImage(account.api().post("/6/liveness", "image/jpeg", corrupt)), ErrorCode.IMAGE_DECODING_FAILED);
        assertImageError(theOnlyImage(account.api().post("/6/liveness", "image/png", DetectorTest.photo(Asset.PHOTO_1))), ErrorCode.BAD_IMAGE);
        account.api().post("/6/liveness", "image/jpeg", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        account.api().post("/6/liveness", "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        account.api().post("/6/liveness?aggregate=2", "image/png", DetectorTest.photo(Asset.WEBCAM_SCREENSHOT))
                .assertError(ErrorCode.BAD_QUERY_PARAMETER);
        api.post("/6/liveness", "image/png", DetectorTest.photo(Asset.WEBCAM_SCREENSHOT)).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
    }

    @Test
    void aTokenMayPredictLivenessOnlyWhenItsResourcesNameLiveness(Api api) {
        var account = api.newAccount("user");
        var webcam = DetectorTest.photo(Asset.WEBCAM_SCREENSHOT);
        var withoutIt = token(account, Map.of("resources", List.of("iso", "sdk")));
        api.bearer(withoutIt).post("/6/liveness", "image/png", webcam).assertError(ErrorCode.PERMISSION_DENIED);
        var withIt = token(account, Map.of("resources", List.of("liveness")));
        assertThat(theOnlyImage(api.bearer(withIt).post("/6/liveness", "image/png", webcam)).get("status").asInt()).isEqualTo(1);
    }

    @Test
    void predictingLivenessStoresNothingWhereDetectingStoresTheSample(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var webcam = DetectorTest.photo(Asset.WEBCAM_SCREENSHOT);
        account.api().post("/6/liveness?aggregate=1", "image/png", webcam).assertStatus(200);
        account.api().post("/6/liveness", "image/jpeg", DetectorTest.photo(Asset.PHOTO_3)).assertStatus(200);
        account.api().post("/6/liveness?aggregate=2", "image/png", webcam).assertStatus(400);
        assertThat(StoredObjects.of(stack, account.id())).isZero();
        account.api().post("/6/detector", "image/png", webcam).assertStatus(201);
        assertThat(StoredObjects.of(stack, account.id())).isEqualTo(1);
    }

    static String token(Api.Account account, Map<String, Object> permissions) {
        var body = new HashMap<String, Object>();
        body.put("permissions", permissions);
        body.put("expiration_time", null);
        return account.api().postJson("/6/tokens", body).assertStatus(201).text("token");
    }

    private static void assertImageError(JsonNode image, ErrorCode error) {
        assertThat(image.get("status").asInt()).isZero();
        assertThat(image.get("liveness").isNull()).isTrue();
        assertThat(image.get("error").get("error_code").asInt()).isEqualTo(error.code());
        assertThat(image.get("error").get("desc").asString()).isEqualTo(error.desc());
    }
}
