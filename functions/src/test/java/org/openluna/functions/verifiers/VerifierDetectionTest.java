package org.openluna.functions.verifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openluna.functions.quality.QualityFaces.PORTRAIT;
import static org.openluna.functions.quality.QualityFaces.frontal;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.quality.QualityCheckResult;
import org.openluna.functions.quality.QualityFaces;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.handlers.QualityCheck;
import org.openluna.shared.handlers.VerifierPolicies;
import tools.jackson.databind.JsonNode;

/** What a verifier's {@code face_quality} asks of the service, shows of a face and filters out. */
class VerifierDetectionTest {
    private static final Capabilities EVERYTHING = new Capabilities("cpu", EnumSet.allOf(Estimation.class), 1);

    private static VerifierPolicies policies(JsonNode faceQuality) {
        var policies = Json.object();
        policies.put("verification_threshold", 0.5);
        policies.set("detect_policy", Json.object().set("face_quality", faceQuality));
        return VerifierPolicies.read(policies, "policies");
    }

    @Test
    void theServiceIsAskedForWhatTheChecksReadThoughTheSampleShowsOnlyTheVerdict() {
        var detection = VerifierDetection.of(policies(QualityFaces.policy(0, Map.of(QualityCheck.DARK_QUALITY, "",
                QualityCheck.RIGHT_EYE, "", QualityCheck.FACE_HEIGHT, ""))), false, EVERYTHING);
        assertThat(detection.askedOfService()).containsExactlyInAnyOrder(Estimation.QUALITY, Estimation.EYES);

        var verdict = detection.verdict(PORTRAIT, frontal()).orElseThrow();
        var shown = detection.detection(frontal(), verdict);

        assertThat(shown.faceQuality().checks()).extracting(QualityCheckResult::name)
                .containsExactly("dark_quality", "right_eye", "face_height");
        assertThat(shown.faceQuality().status()).isEqualTo(1);
        assertThat(shown.quality()).isNull();
        assertThat(shown.attributes()).isNull();
        assertThat(detection.reasonsToFilter(frontal(), verdict)).isEmpty();
    }

    @Test
    void withTheFilterAFaceThatFailsIsTakenOutByTheFaceQualityReason() {
        var detection = VerifierDetection.of(policies(QualityFaces.policy(1, Map.of(QualityCheck.FACE_HEIGHT,
                "'threshold': {'min': 600}"))), false, EVERYTHING);
        var verdict = detection.verdict(PORTRAIT, frontal()).orElseThrow();

        assertThat(verdict.status()).as("the box is 560 px high").isZero();
        assertThat(detection.reasonsToFilter(frontal(), verdict)).containsExactly(new FilterReason("face_quality", 0, 1));
    }

    @Test
    void aVerifierWithoutFaceQualityShowsNoVerdict() {
        var detection = VerifierDetection.of(policies(Json.object()), false, EVERYTHING);
        assertThat(detection.verdict(null, frontal())).isEmpty();
        assertThat(detection.detection(frontal(), null).faceQuality()).isNull();
        assertThat(detection.askedOfService()).isEmpty();
    }

    @Test
    void aCheckWhoseEstimationTheServiceCannotMakeIsRefusedBeforeAnyImageIsSent() {
        var withoutQuality = new Capabilities("cpu", EnumSet.complementOf(EnumSet.of(Estimation.QUALITY)), 1);
        var policies = policies(QualityFaces.policy(1, Map.of(QualityCheck.BLURRINESS_QUALITY, "")));
        assertThatThrownBy(() -> VerifierDetection.of(policies, false, withoutQuality))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.FEATURE_UNAVAILABLE);
                    assertThat(e.detail()).contains("policies.detect_policy.face_quality");
                });
    }
}
