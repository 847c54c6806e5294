package org.openluna.shared.handlers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class UnavailableFeaturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'detect_policy': {'estimate_people_count': {'estimate': 1}}} | policies.detect_policy.estimate_people_count.estimate",
            "{'detect_policy': {'detect_body': 1}}                         | policies.detect_policy.detect_body",
            "{'detect_policy': {'body_attributes': {'estimate_upper_body': 1}}} | policies.detect_policy.body_attributes.estimate_upper_body",
            "{'detect_policy': {'estimate_gaze': 1}}                       | policies.detect_policy.estimate_gaze",
            "{'detect_policy': {'estimate_glasses': 1}}                    | policies.detect_policy.estimate_glasses",
            "{'detect_policy': {'extract_exif': 1}}                        | policies.detect_policy.extract_exif",
            "{'detect_policy': {'estimate_liveness': {'estimate': 1, 'quality_threshold': 0.5}}} | policies.detect_policy.estimate_liveness.quality_threshold",
            "{'detect_policy': {'estimate_deepfake': {'estimate': 1}}}     | policies.detect_policy.estimate_deepfake.estimate",
            "{'detect_policy': {'deepfake_states': [1]}}                   | policies.detect_policy.deepfake_states",
            "{'detect_policy': {'estimate_face_occlusion': {'estimate': 1}}} | policies.detect_policy.estimate_face_occlusion.estimate",
            "{'detect_policy': {'face_occlusion_states': ['eye']}}         | policies.detect_policy.face_occlusion_states",
            "{'detect_policy': {'face_quality': {'estimate': 1, 'checks': {'gaze_yaw': {'estimate': 1}}}}} | policies.detect_policy.face_quality.checks.gaze_yaw",
            "{'extract_policy': {'extract_body_descriptor': 1}}            | policies.extract_policy.extract_body_descriptor",
            "{'extract_policy': {'fd_score_threshold': 0.6}}               | policies.extract_policy.fd_score_threshold",
            "{'match_policy': [{'candidates': {'origin': 'faces'}, 'descriptor': {'descriptor_type': 'body'}}]} | policies.match_policy.0.descriptor.descriptor_type (body)",
            "{'match_policy': [{'candidates': {'origin': 'faces'}, 'filters': {'ethnicities': [1]}}]} | policies.match_policy.0.filters.ethnicities",
            "{'storage_policy': {'callbacks': [{'type': 'http', 'url': 'http://h/x', 'filters': {'deepfake': [1]}}]}} | policies.storage_policy.callbacks.0.filters.deepfake",
            "{'conditional_tags_policy': [{'tag': 't', 'filters': {'ethnicities': [2]}}]} | policies.conditional_tags_policy.0.filters.ethnicities",
    })
    void anEstimationNoModelHereGivesIsRefusedWithTheFieldThatAsksForIt(String json, String feature) {
        var policies = PoliciesTest.read(json);
        assertThatThrownBy(() -> UnavailableFeatures.refuse(policies)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.FEATURE_UNAVAILABLE);
            assertThat(e.detail()).isEqualTo("Feature '" + feature + "' is not available on this platform");
        });
    }

    @Test
    void whatThisPlatformEstimatesIsAccepted() {
        var policies = PoliciesTest.read("{'detect_policy': {'estimate_head_pose': 1, 'estimate_emotions': 1, 'estimate_quality': 1,"
                + " 'estimate_eyes_attributes': 1, 'detect_landmarks68': 1, 'yaw_threshold': 20, 'liveness_states': [1],"
                + " 'estimate_mask': 1, 'mask_states': [1, 2], 'estimate_mouth_attributes': 1,"
                + " 'estimate_liveness': {'estimate': 1, 'liveness_threshold': 0.8}},"
                + " 'extract_policy': {'extract_basic_attributes': 1},"
                + " 'match_policy': [{'label': 'l', 'candidates': {'origin': 'faces'}, 'filters': {'gender': 0, 'age__gte': 18, 'liveness': [1]}}],"
                + " 'storage_policy': {'attribute_policy': {'store_attribute': 1}, 'face_policy': {'store_face': 1}}}");
        assertThatCode(() -> UnavailableFeatures.refuse(policies)).doesNotThrowAnyException();
        // the defaults ask for nothing missing: body samples are stored only of bodies, which are not detected
        assertThatCode(() -> UnavailableFeatures.refuse(PoliciesTest.read("{}"))).doesNotThrowAnyException();
    }

    @Test
    void faceQualityIsAcceptedWhenOnlyTheChecksMadeHereAreOn() {
        var off = new StringBuilder();
        for (var check : QualityCheck.values()) {
            if (!check.measurable()) {
                off.append(off.isEmpty() ? "" : ", ").append("'").append(check.wire()).append("': {'estimate': 0}");
            }
        }
        var policies = PoliciesTest.read("{'detect_policy': {'face_quality': {'estimate': 1, 'filter': 1, 'checks': {" + off + "}}}}");
        assertThatCode(() -> UnavailableFeatures.refuse(policies)).doesNotThrowAnyException();
        // a quality policy that is off asks for no check, whatever its checks say
        assertThatCode(() -> UnavailableFeatures.refuse(PoliciesTest.read("{'detect_policy': {'face_quality': {'estimate': 0}}}")))
                .doesNotThrowAnyException();
    }
}
