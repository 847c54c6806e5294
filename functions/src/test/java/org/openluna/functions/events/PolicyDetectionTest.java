package org.openluna.functions.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.functions.quality.QualityFaces.PORTRAIT;
import static org.openluna.functions.quality.QualityFaces.frontal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.quality.PolicyQuality;
import org.openluna.functions.quality.QualityCheckResult;
import org.openluna.functions.quality.QualityFaces;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.Json;
import org.openluna.shared.handlers.Policies;
import org.openluna.shared.handlers.QualityCheck;
import tools.jackson.databind.JsonNode;

/** What a handler's {@code face_quality} does to the faces of one image, before anything is stored. */
class PolicyDetectionTest {

    private static Policies policies(JsonNode faceQuality, String otherDetectFields) {
        var detect = Json.tree(("{" + otherDetectFields + "}").replace('\'', '"').getBytes());
        ((tools.jackson.databind.node.ObjectNode) detect).set("face_quality", faceQuality);
        var policies = Json.object();
        policies.set("detect_policy", detect);
        return Policies.read(policies, "policies");
    }

    private static PolicyDetection.JudgedFaces judge(Policies policies, boolean faceWarps) {
        var detect = policies.detectPolicy();
        return PolicyDetection.judge(0, "door.jpg", PORTRAIT, List.of(frontal()), detect, PolicyQuality.of(detect.faceQuality()), faceWarps);
    }

    @Test
    void withTheFilterAFaceThatFailsACheckIsFilteredOutWithItsVerdictAndNotKept() {
        var judged = judge(policies(QualityFaces.policy(1, Map.of(QualityCheck.IMAGE_WIDTH, "'threshold': {'min': 99999}")), ""), false);

        assertThat(judged.passed()).isEmpty();
        var filtered = judged.filtered().getFirst();
        assertThat(filtered.filterReasons()).containsExactly(new FilterReason("face_quality", 0, 1));
        var verdict = filtered.detection().sample().detection().faceQuality();
        assertThat(verdict.status()).isZero();
        assertThat(verdict.checks()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("image_width");
            assertThat(c.objectValue()).isEqualTo(600);
            assertThat(c.result()).isZero();
        });
    }

    @Test
    void withoutTheFilterAFaceThatFailsIsKeptAndShowsItsVerdict() {
        var judged = judge(policies(QualityFaces.policy(0, Map.of(QualityCheck.IMAGE_WIDTH, "'threshold': {'min': 99999}")), ""), false);

        assertThat(judged.filtered()).isEmpty();
        assertThat(judged.passed()).singleElement().satisfies(kept -> {
            assertThat(kept.detection().faceQuality().status()).isZero();
            assertThat(kept.filename()).isEqualTo("door.jpg");
        });
    }

    @Test
    void theChecksReadEstimationsThatTheDetectionShowsOnlyWhenThePolicyAsksToShowThem() {
        var policies = policies(QualityFaces.policy(1, Map.of(QualityCheck.BLURRINESS_QUALITY, "", QualityCheck.HEAD_YAW, "",
                QualityCheck.LEFT_EYE, "")), "");
        assertThat(PolicyDetection.estimations(policies.detectPolicy(), policies.extractPolicy(), false))
                .contains(Estimation.QUALITY, Estimation.HEAD_POSE, Estimation.EYES);

        var kept = judge(policies, false).passed().getFirst();
        assertThat(kept.detection().faceQuality().checks()).extracting(QualityCheckResult::name)
                .containsExactly("blurriness_quality", "head_yaw", "left_eye");
        assertThat(kept.detection().faceQuality().status()).isEqualTo(1);
        assertThat(kept.detection().quality()).isNull();
        assertThat(kept.detection().attributes()).isNull();

        var shown = judge(policies(QualityFaces.policy(0, Map.of(QualityCheck.HEAD_YAW, "")), "'estimate_head_pose': 1"), false);
        assertThat(shown.passed().getFirst().detection().attributes().headPose()).isNotNull();
    }

    @Test
    void aWarpIsNotFilteredOnWhatItsAlignmentSettlesAndShowsNoHeadPose() {
        var policies = policies(QualityFaces.policy(1, Map.of(QualityCheck.IMAGE_WIDTH, "'threshold': {'min': 99999}",
                QualityCheck.HEAD_ROLL, "'threshold': {'min': 50}", QualityCheck.HEAD_YAW, "")), "'estimate_head_pose': 1");
        assertThat(PolicyDetection.estimations(policies.detectPolicy(), policies.extractPolicy(), true)).contains(Estimation.HEAD_POSE);

        var judged = judge(policies, true);

        assertThat(judged.filtered()).isEmpty();
        var detection = judged.passed().getFirst().detection();
        assertThat(detection.faceQuality().checks()).extracting(QualityCheckResult::name).containsExactly("head_yaw");
        assertThat(detection.attributes()).as("head pose is not shown of a warp").isNull();
    }
}
