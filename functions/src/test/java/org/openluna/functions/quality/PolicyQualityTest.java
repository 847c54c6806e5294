package org.openluna.functions.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.functions.quality.QualityFaces.PORTRAIT;
import static org.openluna.functions.quality.QualityFaces.frontal;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.Json;
import org.openluna.shared.handlers.DetectPolicy;
import org.openluna.shared.handlers.FaceQualityPolicy;
import org.openluna.shared.handlers.Policies;
import org.openluna.shared.handlers.QualityCheck;

class PolicyQualityTest {

    static FaceQualityPolicy read(tools.jackson.databind.JsonNode faceQuality) {
        var policies = Json.object();
        policies.set("detect_policy", Json.object().set("face_quality", faceQuality));
        DetectPolicy detect = Policies.read(policies, "policies").detectPolicy();
        return detect.faceQuality();
    }

    @Test
    void onlyTheChecksThePolicyTurnsOnAreListedWithItsThresholds() {
        var quality = PolicyQuality.of(read(QualityFaces.policy(0, Map.of(QualityCheck.IMAGE_WIDTH, "'threshold': {'min': 700}",
                QualityCheck.BLURRINESS_QUALITY, ""))));
        var verdict = quality.verdict(PORTRAIT, frontal(), false).orElseThrow();
        assertThat(verdict.checks()).extracting(QualityCheckResult::name).containsExactly("blurriness_quality", "image_width");
        assertThat(verdict.checks().get(1).thresholdValue().toString()).isEqualTo("{min=700, max=null}");
        assertThat(verdict.status()).as("600 px is below the policy's 700").isZero();
        assertThat(quality.estimationsRead(false)).containsExactly(Estimation.QUALITY);
        assertThat(quality.reasonToFilter(verdict)).as("filter 0 shows the verdict and keeps the face").isEmpty();
    }

    @Test
    void withTheFilterAFaceThatFailsHasTheFaceQualityReasonAndOneThatPassesNone() {
        var strict = PolicyQuality.of(read(QualityFaces.policy(1, Map.of(QualityCheck.IMAGE_WIDTH, "'threshold': {'min': 99999}"))));
        var lenient = PolicyQuality.of(read(QualityFaces.policy(1, Map.of(QualityCheck.IMAGE_WIDTH, ""))));
        var failed = strict.verdict(PORTRAIT, frontal(), false).orElseThrow();
        var passed = lenient.verdict(PORTRAIT, frontal(), false).orElseThrow();
        assertThat(strict.reasonToFilter(failed)).contains(new FilterReason("face_quality", 0, 1));
        assertThat(lenient.reasonToFilter(passed)).isEmpty();
    }

    @Test
    void aPolicyThatIsOffGivesNoVerdictAndReadsNothing() {
        var off = PolicyQuality.of(read(Json.object()));
        assertThat(off.isOn()).isFalse();
        assertThat(off.verdict(null, frontal(), false)).isEmpty();
        assertThat(off.estimationsRead(false)).isEmpty();
    }
}
