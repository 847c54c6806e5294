package org.openluna.shared.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

class VerifierPoliciesTest {

    static VerifierPolicies read(String json) {
        return VerifierPolicies.read(Json.tree(json.replace('\'', '"').getBytes()), "policies");
    }

    private static JsonNode rendered(VerifierPolicies policies) {
        return Json.tree(Json.write(policies.toJson()));
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static void assertRefused(String json, String path, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(e.detail()).isEqualTo("Failed to validate input json. Path: '" + path + "', message: '" + message + "'");
        });
    }

    private static void assertUnavailable(String json, String feature) {
        var policies = read(json);
        assertThatThrownBy(policies::refuseUnavailable).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.FEATURE_UNAVAILABLE);
            assertThat(e.detail()).isEqualTo("Feature '" + feature + "' is not available on this platform");
        });
    }

    @Test
    void aThresholdAloneGivesTheVerifierSubsetWithTheHandlersDefaultsInTheSeedsOrder() {
        var policies = rendered(read("{'verification_threshold': 0.9}"));

        assertThat(names(policies)).containsExactly("verification_threshold", "detect_policy", "extract_policy", "storage_policy");
        assertThat(policies.get("verification_threshold").asDouble()).isEqualTo(0.9);
        var detect = policies.get("detect_policy");
        assertThat(names(detect)).containsExactlyElementsOf(VerifierPolicies.DETECT_FIELDS);
        // the same defaults a handler's detect policy has, read by the same reader
        var handlers = Json.tree(Json.write(Policies.read(Json.object(), "policies").toJson())).get("detect_policy");
        VerifierPolicies.DETECT_FIELDS.forEach(field -> assertThat(detect.get(field)).as(field).isEqualTo(handlers.get(field)));
        assertThat(detect.get("multiface_policy").asInt()).isEqualTo(1);
        assertThat(detect.get("yaw_threshold").isNull()).isTrue();
        assertThat(detect.get("face_quality").get("checks").size()).isEqualTo(44);
        assertThat(policies.get("extract_policy").toString()).isEqualTo("{\"extract_basic_attributes\":0,\"fd_score_threshold\":0}");
        assertThat(policies.get("storage_policy").toString()).isEqualTo(
                "{\"attribute_policy\":{\"store_attribute\":0,\"ttl\":300},\"face_sample_policy\":{\"store_sample\":0,\"ttl\":7}}");
    }

    @Test
    void whatIsShownReadsBackAsTheSamePolicies() {
        var policies = read("{'verification_threshold': 0.61, 'detect_policy': {'multiface_policy': 0, 'estimate_head_pose': 1, "
                + "'yaw_threshold': 30, 'liveness_states': [1], 'estimate_liveness': {'estimate': 1, 'liveness_threshold': 0.7}}, "
                + "'extract_policy': {'extract_basic_attributes': 1}, "
                + "'storage_policy': {'face_sample_policy': {'store_sample': 1, 'ttl': 30}, 'attribute_policy': {'store_attribute': 1, 'ttl': 60}}}");

        var again = VerifierPolicies.read(rendered(policies), "policies");

        assertThat(again).isEqualTo(policies);
        assertThat(again.detectPolicy().yawThreshold()).isEqualTo(30);
        assertThat(again.detectPolicy().estimateLiveness().livenessThreshold()).isEqualTo(0.7);
        assertThat(again.faceSamplePolicy().ttlDays()).isEqualTo(30);
        assertThat(again.attributePolicy().ttlSeconds()).isEqualTo(60);
    }

    @Test
    void theThresholdIsRequiredAndANumberFromZeroToOne() {
        assertRefused("{}", "policies.verification_threshold", "field required");
        assertRefused("{'verification_threshold': null}", "policies.verification_threshold", "none is not an allowed value");
        assertRefused("{'verification_threshold': 1.5}", "policies.verification_threshold", "must be a number from 0 to 1");
        assertRefused("{'verification_threshold': '0.5'}", "policies.verification_threshold", "must be a number from 0 to 1");
        assertRefused("[]", "policies", "must be an object");
    }

    @Test
    void whatOnlyAHandlerHasIsAnExtraFieldOfAVerifier() {
        assertRefused("{'verification_threshold': 0.5, 'match_policy': []}", "policies.match_policy", "extra fields not permitted");
        assertRefused("{'verification_threshold': 0.5, 'detect_policy': {'detect_face': 1}}", "policies.detect_policy.detect_face",
                "extra fields not permitted");
        assertRefused("{'verification_threshold': 0.5, 'extract_policy': {'extract_face_descriptor': 1}}",
                "policies.extract_policy.extract_face_descriptor", "extra fields not permitted");
        assertRefused("{'verification_threshold': 0.5, 'storage_policy': {'face_policy': {}}}", "policies.storage_policy.face_policy",
                "extra fields not permitted");
        assertRefused("{'verification_threshold': 0.5, 'storage_policy': {'face_sample_policy': {'filters': {}}}}",
                "policies.storage_policy.face_sample_policy.filters", "extra fields not permitted");
    }

    @Test
    void theHandlersRulesHoldForEachSharedField() {
        assertRefused("{'verification_threshold': 0.5, 'detect_policy': {'multiface_policy': 3}}", "policies.detect_policy.multiface_policy",
                "must be one of [0, 1, 2]");
        assertRefused("{'verification_threshold': 0.5, 'detect_policy': {'liveness_states': []}}", "policies.detect_policy.liveness_states",
                "must be a non-empty array");
        assertRefused("{'verification_threshold': 0.5, 'storage_policy': {'face_sample_policy': {'ttl': 8}}}",
                "policies.storage_policy.face_sample_policy.ttl", "must be one of [-1, 1, 2, 3, 4, 5, 6, 7, 14, 30, 60, 90, 180, 365]");
        assertRefused("{'verification_threshold': 0.5, 'storage_policy': {'attribute_policy': {'ttl': 0}}}",
                "policies.storage_policy.attribute_policy.ttl", "must be an integer from 1 to 86400");
    }

    @Test
    void whatNoModelHereGivesAndTheFaceQualityChecksNothingHereMeasuresAreRefusedWithThePathOfTheField() {
        assertUnavailable("{'verification_threshold': 0.5, 'detect_policy': {'estimate_glasses': 1}}", "policies.detect_policy.estimate_glasses");
        assertUnavailable("{'verification_threshold': 0.5, 'extract_policy': {'fd_score_threshold': 0.7}}",
                "policies.extract_policy.fd_score_threshold");
        assertUnavailable("{'verification_threshold': 0.5, 'detect_policy': {'estimate_liveness': {'estimate': 1, 'quality_threshold': 0.5}}}",
                "policies.detect_policy.estimate_liveness.quality_threshold");
        assertUnavailable("{'verification_threshold': 0.5, 'detect_policy': {'face_quality': {'estimate': 1, 'checks': {"
                + "'mouth_open': {'estimate': 1}}}}}", "policies.detect_policy.face_quality.checks.mouth_open");
        read("{'verification_threshold': 0.5, 'detect_policy': {'estimate_liveness': {'estimate': 1}, 'estimate_emotions': 1}}")
                .refuseUnavailable();
    }

    @Test
    void faceQualityIsAcceptedWhenOnlyTheChecksMadeHereAreOn() {
        var off = new StringBuilder();
        for (var check : QualityCheck.values()) {
            if (!check.measurable()) {
                off.append(off.isEmpty() ? "" : ", ").append("'").append(check.wire()).append("': {'estimate': 0}");
            }
        }
        var policies = read("{'verification_threshold': 0.5, 'detect_policy': {'face_quality': {'estimate': 1, 'filter': 1, 'checks': {"
                + off + "}}}}");
        policies.refuseUnavailable();
        assertThat(policies.detectPolicy().faceQuality().checks().get(QualityCheck.IMAGE_WIDTH).estimate()).isEqualTo(1);
    }

    @Test
    void aCandidatePassesOnlyAboveTheThreshold() {
        var policies = read("{'verification_threshold': 0.5}");

        assertThat(policies.passes(0.5000001)).isTrue();
        assertThat(policies.passes(0.5)).isFalse();
        assertThat(policies.passes(0.1)).isFalse();
        assertThat(read("{'verification_threshold': 1}").passes(1.0)).isFalse();
        assertThat(read("{'verification_threshold': 0}").passes(0.0)).isFalse();
    }
}
