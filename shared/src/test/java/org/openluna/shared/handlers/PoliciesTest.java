package org.openluna.shared.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

class PoliciesTest {
    private static final String LIST = "79bee337-484f-4124-b7e2-e4b76fb26308";

    static Policies read(String json) {
        return Policies.read(Json.tree(json.replace('\'', '"').getBytes()), "policies");
    }

    static JsonNode rendered(Policies policies) {
        return Json.tree(Json.write(policies.toJson()));
    }

    private static JsonNode resource(String name) {
        try (var in = PoliciesTest.class.getResourceAsStream("/handlers/" + name)) {
            return Json.tree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefused(String json, String path, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(e.detail()).isEqualTo("Failed to validate input json. Path: '" + path + "', message: '" + message + "'");
        });
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void emptyPoliciesAreFilledWithEveryDefaultTheSeedDocuments() {
        var policies = rendered(read("{}"));

        assertThat(policies).isEqualTo(resource("default-policies.json"));
        // in the seed's order, which equality of JSON objects does not check
        assertThat(names(policies)).containsExactly("detect_policy", "extract_policy", "match_policy", "storage_policy",
                "conditional_tags_policy");
        assertThat(names(policies.get("detect_policy"))).startsWith("estimate_people_count", "detect_face", "detect_body",
                "multiface_policy").endsWith("face_quality", "body_attributes");
        assertThat(names(policies.get("detect_policy").get("face_quality").get("checks"))).hasSize(44)
                .startsWith("image_format", "illumination_quality").endsWith("background_uniformity", "shoulders_position");
    }

    @Test
    void givenValuesAreKeptAndEverythingLeftOutTakesItsDefault() {
        var policies = read("{'detect_policy': {'estimate_head_pose': 1, 'yaw_threshold': 30, 'liveness_states': [1],"
                + " 'estimate_liveness': {'estimate': 1, 'liveness_threshold': 0.7},"
                + " 'face_quality': {'estimate': 1, 'checks': {'head_yaw': {'threshold': {'min': -10, 'max': 10}}, 'gaze_yaw': {'estimate': 0}}}},"
                + " 'extract_policy': {'extract_basic_attributes': 1},"
                + " 'storage_policy': {'face_policy': {'store_face': 1, 'link_to_lists_policy': [{'list_id': '" + LIST + "', 'filters': {'gender': 1}}]}}}");

        var detect = policies.detectPolicy();
        assertThat(detect.estimateHeadPose()).isEqualTo(1);
        assertThat(detect.yawThreshold()).isEqualTo(30);
        assertThat(detect.pitchThreshold()).isNull();
        assertThat(detect.livenessStates()).containsExactly(1);
        assertThat(detect.estimateLiveness()).isEqualTo(new DetectPolicy.Liveness(1, 0, 0.7));
        var checks = detect.faceQuality().checks();
        assertThat(checks.get(QualityCheck.HEAD_YAW)).isEqualTo(new FaceQualityPolicy.Setting(1, new QualityThreshold.Range(-10.0, 10.0)));
        assertThat(checks.get(QualityCheck.GAZE_YAW).estimate()).isZero();
        assertThat(checks.get(QualityCheck.GAZE_YAW).threshold()).isEqualTo(QualityCheck.GAZE_YAW.defaultThreshold());
        assertThat(policies.extractPolicy()).isEqualTo(new ExtractPolicy(1, 1, 0, 0));
        var face = policies.storagePolicy().facePolicy();
        assertThat(face.storeFace()).isEqualTo(1);
        assertThat(face.setSampleAsAvatar()).isEqualTo(1);
        assertThat(face.linkToListsPolicy()).containsExactly(new StoragePolicy.LinkToList(UUID.fromString(LIST),
                new ObjectFilters(1, null, null, null, null, null, null)));
        assertThat(policies.storagePolicy().eventPolicy()).isEqualTo(new StoragePolicy.EventPolicy(1, 1, ObjectFilters.NONE));
        assertThat(policies.listIds()).containsExactly(UUID.fromString(LIST));
    }

    @Test
    void whatIsShownReadsBackAsTheSamePolicies() {
        var policies = read("{'match_policy': [{'label': 'staff', 'candidates': {'origin': 'faces', 'list_id': '" + LIST + "',"
                + " 'create_time__gte': 'now-2y', 'user_data': 'operator'}, 'filters': {'age__gte': 18}, 'limit': 5, 'threshold': 0.8}],"
                + " 'storage_policy': {'callbacks': [{'type': 'http', 'url': 'https://example.com/hook',"
                + " 'authorization': {'type': 'basic', 'login': 'l', 'password': 'p'}, 'params': {'headers': {'X-A': 'b'}},"
                + " 'filters': {'match': [{'label': 'staff', 'similarity__gte': 0.9}]}}]},"
                + " 'conditional_tags_policy': [{'tag': 'known', 'filters': {'liveness': [1], 'match': [{'label': 'staff', 'similarity__gte': 0.8}]}}]}");
        var shown = rendered(policies);

        assertThat(Policies.read(shown, "policies")).isEqualTo(policies);
        var match = shown.get("match_policy").get(0);
        assertThat(names(match)).containsExactly("label", "candidates", "filters", "limit", "targets", "threshold", "descriptor");
        // the candidates and filters keep what was given, and a relative time stays relative
        assertThat(names(match.get("candidates"))).containsExactly("origin", "user_data", "create_time__gte", "list_id");
        assertThat(match.get("candidates").get("create_time__gte").asString()).isEqualTo("now-2y");
        assertThat(names(match.get("filters"))).containsExactly("age__gte");
        assertThat(match.get("targets").isNull()).isTrue();
        assertThat(match.get("descriptor").get("descriptor_type").asString()).isEqualTo("face");
        var callback = shown.get("storage_policy").get("callbacks").get(0);
        assertThat(callback.get("params").get("timeout").asInt()).isEqualTo(60);
        assertThat(callback.get("params").get("content_type").asString()).isEqualTo("application/json");
        assertThat(callback.get("enable").asInt()).isEqualTo(1);
    }

    @Test
    void aMalformedPolicyIsRefusedWithThePathOfTheField() {
        assertRefused("{'detect_policy': {'detect_face': 2}}", "policies.detect_policy.detect_face", "must be one of [0, 1]");
        assertRefused("{'detect_policy': {'detect_faces': 1}}", "policies.detect_policy.detect_faces", "extra fields not permitted");
        assertRefused("{'detect_policy': {'yaw_threshold': 181}}", "policies.detect_policy.yaw_threshold", "must be an integer from 0 to 180");
        assertRefused("{'detect_policy': {'multiface_policy': '1'}}", "policies.detect_policy.multiface_policy", "must be one of [0, 1, 2]");
        assertRefused("{'detect_policy': {'liveness_states': []}}", "policies.detect_policy.liveness_states", "must be a non-empty array");
        assertRefused("{'detect_policy': {'liveness_states': [1, 1]}}", "policies.detect_policy.liveness_states.1", "items must be unique");
        assertRefused("{'detect_policy': {'mask_states': [0]}}", "policies.detect_policy.mask_states.0", "must be one of [1, 2, 3]");
        assertRefused("{'detect_policy': {'estimate_liveness': {'liveness_threshold': 1.5}}}",
                "policies.detect_policy.estimate_liveness.liveness_threshold", "must be a number from 0 to 1");
        assertRefused("{'detect_policy': {'estimate_liveness': null}}", "policies.detect_policy.estimate_liveness", "must be an object");
        assertRefused("{'detect_policy': {'estimate_liveness': {'liveness_threshold': null}}}",
                "policies.detect_policy.estimate_liveness.liveness_threshold", "none is not an allowed value");
        assertRefused("{'detect_policy': {'face_quality': {'checks': {'head_yaw': {'threshold': {'min': 5, 'max': -5}}}}}}",
                "policies.detect_policy.face_quality.checks.head_yaw.threshold", "min must not be greater than max");
        assertRefused("{'detect_policy': {'face_quality': {'checks': {'left_eye': {'threshold': ['shut']}}}}}",
                "policies.detect_policy.face_quality.checks.left_eye.threshold.0", "must be one of [closed, occluded, open]");
        assertRefused("{'detect_policy': {'face_quality': {'checks': {'natural_light': {'threshold': {'min': 0}}}}}}",
                "policies.detect_policy.face_quality.checks.natural_light.threshold", "must be one of [0, 1]");
        assertRefused("{'detect_policy': {'face_quality': {'checks': {'iris': {}}}}}",
                "policies.detect_policy.face_quality.checks.iris", "extra fields not permitted");
        assertRefused("{'extract_policy': {'fd_score_threshold': -0.1}}", "policies.extract_policy.fd_score_threshold",
                "must be a number from 0 to 1");
        assertRefused("{'match_policy': {}}", "policies.match_policy", "must be an array of at most 100 items");
        assertRefused("{'match_policy': [{'label': 'a'}]}", "policies.match_policy.0.candidates", "field required");
        assertRefused("{'match_policy': [{'candidates': {'origin': 'bodies'}}]}", "policies.match_policy.0.candidates.origin",
                "must be one of ['events', 'faces']");
        assertRefused("{'match_policy': [{'candidates': {'origin': 'faces', 'list_id': 'x'}}]}",
                "policies.match_policy.0.candidates.list_id", "must be a UUID4 in lower case");
        assertRefused("{'match_policy': [{'candidates': {'origin': 'faces', 'create_time__lt': 'yesterday'}}]}",
                "policies.match_policy.0.candidates.create_time__lt", "must be an RFC 3339 time or a relative one such as now-30d");
        assertRefused("{'match_policy': [{'candidates': {'origin': 'faces'}, 'limit': 0}]}", "policies.match_policy.0.limit",
                "must be an integer from 1 to 100");
        assertRefused("{'match_policy': [{'candidates': {'origin': 'faces'}, 'filters': {'match': []}}]}",
                "policies.match_policy.0.filters.match", "extra fields not permitted");
        assertRefused("{'storage_policy': {'face_sample_policy': {'ttl': 8}}}", "policies.storage_policy.face_sample_policy.ttl",
                "must be one of [-1, 1, 2, 3, 4, 5, 6, 7, 14, 30, 60, 90, 180, 365]");
        assertRefused("{'storage_policy': {'attribute_policy': {'ttl': 86401}}}", "policies.storage_policy.attribute_policy.ttl",
                "must be an integer from 1 to 86400");
        assertRefused("{'storage_policy': {'face_policy': {'link_to_lists_policy': [{}]}}}",
                "policies.storage_policy.face_policy.link_to_lists_policy.0.list_id", "field required");
        assertRefused("{'storage_policy': {'event_policy': {'filters': {'ethnicities': []}}}}",
                "policies.storage_policy.event_policy.filters.ethnicities", "must be a non-empty array");
        assertRefused("{'storage_policy': {'callbacks': [{'type': 'http'}]}}", "policies.storage_policy.callbacks.0.url", "field required");
        assertRefused("{'storage_policy': {'callbacks': [{'type': 'http', 'url': 'ftp://example.com'}]}}",
                "policies.storage_policy.callbacks.0.url", "must be an http or https URL");
        assertRefused("{'conditional_tags_policy': [{'tag': ''}]}", "policies.conditional_tags_policy.0.tag", "length must be between 1 and 128");
        assertRefused("[]", "policies", "must be an object");
    }

    @Test
    void aMatchFilterMayNameOnlyTheLabelOfAMatchPolicy() {
        assertRefused("{'conditional_tags_policy': [{'tag': 't', 'filters': {'match': [{'label': 'staff'}]}}]}",
                "policies.conditional_tags_policy.0.filters.match.0.label", "must be the label of one of the match policies");
        assertRefused("{'match_policy': [{'label': 'staff', 'candidates': {'origin': 'faces'}}],"
                        + " 'storage_policy': {'face_policy': {'filters': {'match': [{'label': 'guests'}]}}}}",
                "policies.storage_policy.face_policy.filters.match.0.label", "must be the label of one of the match policies");
        var named = read("{'match_policy': [{'label': 'staff', 'candidates': {'origin': 'faces'}}],"
                + " 'storage_policy': {'face_policy': {'filters': {'match': [{'label': 'staff', 'similarity__gte': 0.9}]}}}}");
        assertThat(named.storagePolicy().facePolicy().filters().match())
                .containsExactly(new ObjectFilters.MatchFilter("staff", null, 0.9));
    }
}
