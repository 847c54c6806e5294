package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.DetectorTest.photo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;

/** {@code POST /6/sdk}: what it refuses, and who may call it. */
@ExtendWith(RunningStack.class)
class SdkRefusalsTest {
    // refusals read and write nothing, so one account serves every case and the suite stays quick
    private static Api.Account account;

    @BeforeAll
    static void oneAccount(Api api) {
        account = api.newAccount("user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"estimate_glasses=1", "estimate_gaze=1",
            "estimate_deepfake=1", "estimate_people_count=1", "extract_exif=1", "detect_body=1", "estimate_upper_body=1",
            "estimate_lower_body=1", "estimate_accessories=1", "estimate_body_basic_attributes=1", "estimate_body_warp=1",
            "image_type=2", "score_threshold=0.5", "deepfake_states=1&deepfake_states=0"})
    void whatNeedsAModelThePlatformLacksIsRefusedAsUnavailable(String query) {
        var reply = account.api().post("/6/sdk?detect_face=1&" + query, "image/jpeg", TestImages.jpeg())
                .assertError(ErrorCode.FEATURE_UNAVAILABLE);
        assertThat(reply.text("detail")).contains(query.substring(0, query.indexOf('=')));
    }

    @Test
    void theDefaultsOfUnavailableFeaturesAreAccepted() {
        account.api().post("/6/sdk?detect_face=1&estimate_body_descriptor=1&people_count_coordinates=1&estimate_mask=0&score_threshold=0",
                "image/jpeg", photo(Asset.KITTEN)).assertStatus(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image_type=3", "liveness_states=5", "liveness_states=1,", "multiface_policy=3", "score_threshold=2",
            "estimate_emotions=2", "yaw_threshold=181", "detect_face=yes"})
    void aBadQueryValueIsRefused(String query) {
        account.api().post("/6/sdk?" + query, "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void aBodyThatHoldsNoImagesIsRefused() {
        account.api().post("/6/sdk", "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        account.api().post("/6/sdk", "image/jpeg", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        account.api().postJson("/6/sdk", Map.of("images", List.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void aTokenNeedsTheSdkResource(Api api) {
        var withoutSdk = token(account, Map.of("resources", List.of("iso", "liveness"), "face_sample", List.of("creation")));
        var withSdk = token(account, Map.of("resources", List.of("sdk")));

        var refused = api.bearer(withoutSdk).post("/6/sdk?detect_face=1", "image/jpeg", photo(Asset.PHOTO_1)).assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(refused.text("detail")).contains("sdk");
        assertThat(api.bearer(withSdk).post("/6/sdk?detect_face=1", "image/jpeg", photo(Asset.PHOTO_1)).assertStatus(200)
                .json().get("images_estimations").get(0).get("estimations").size()).isEqualTo(3);
        api.post("/6/sdk", "image/jpeg", photo(Asset.PHOTO_1)).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
    }

    private static String token(Api.Account account, Map<String, Object> permissions) {
        var body = new HashMap<String, Object>();
        body.put("permissions", permissions);
        body.put("expiration_time", null);
        return account.api().postJson("/6/tokens", body).assertStatus(201).text("token");
    }
}
