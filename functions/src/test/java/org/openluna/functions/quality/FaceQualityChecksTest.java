package org.openluna.functions.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.functions.quality.QualityFaces.PORTRAIT;
import static org.openluna.functions.quality.QualityFaces.frontal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.shared.handlers.QualityCheck;
import org.openluna.shared.handlers.QualityThreshold;
import org.openluna.shared.handlers.QualityThreshold.Range;

class FaceQualityChecksTest {

    private static Map<QualityCheck, QualityThreshold> everyMeasurableAtItsDefault() {
        var thresholds = new EnumMap<QualityCheck, QualityThreshold>(QualityCheck.class);
        Arrays.stream(QualityCheck.values()).filter(QualityCheck::measurable).forEach(c -> thresholds.put(c, c.defaultThreshold()));
        return thresholds;
    }

    private static QualityCheckResult check(List<QualityCheckResult> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void everyMeasurableCheckIsMadeInTheSeedsOrderAndTheUnmeasurableOnesAreNot() {
        var checks = FaceQualityChecks.of(PORTRAIT, frontal(), false, everyMeasurableAtItsDefault());
        assertThat(checks).extracting(QualityCheckResult::name).containsExactly("image_format", "illumination_quality",
                "specularity_quality", "blurriness_quality", "dark_quality", "light_quality", "head_yaw", "head_pitch", "head_roll",
                "left_eye", "right_eye", "head_horizontal_center", "head_vertical_center", "head_width", "head_height",
                "eye_distance", "image_width", "image_height", "aspect_ratio", "face_width", "face_height", "indent_left",
                "indent_right", "indent_upper", "indent_lower", "image_size");
    }

    @Test
    void theImageAndBoxChecksMeasureInPixelsAndBytes() {
        var checks = FaceQualityChecks.of(PORTRAIT, frontal(), false, everyMeasurableAtItsDefault());
        var measured = new LinkedHashMap<String, Object>();
        for (var name : List.of("image_width", "image_height", "aspect_ratio", "face_width", "face_height", "indent_left",
                "indent_right", "indent_upper", "indent_lower", "image_size")) {
            measured.put(name, check(checks, name).objectValue());
        }
        assertThat(measured).containsExactly(Map.entry("image_width", 600), Map.entry("image_height", 800),
                Map.entry("aspect_ratio", 0.75), Map.entry("face_width", 400), Map.entry("face_height", 560),
                Map.entry("indent_left", 100), Map.entry("indent_right", 100), Map.entry("indent_upper", 120),
                Map.entry("indent_lower", 120), Map.entry("image_size", 90_000));
        // 0.75 lies within the default 0.74-0.8; 100 px of indent is above the default 20
        assertThat(check(checks, "aspect_ratio").passed()).isTrue();
        assertThat(check(checks, "indent_left").passed()).isTrue();
        assertThat(check(checks, "image_width").thresholdValue().toString()).isEqualTo("{min=180, max=1920}");
    }

    @Test
    void theThresholdGivenDecidesTheResultOfTheSameMeasure() {
        var defaults = FaceQualityChecks.of(PORTRAIT, frontal(), false, Map.of(QualityCheck.IMAGE_WIDTH,
                QualityCheck.IMAGE_WIDTH.defaultThreshold(), QualityCheck.HEAD_YAW, QualityCheck.HEAD_YAW.defaultThreshold()));
        var strict = FaceQualityChecks.of(PORTRAIT, frontal(), false, Map.of(QualityCheck.IMAGE_WIDTH, new Range(1000.0, null),
                QualityCheck.HEAD_YAW, new Range(-0.5, 0.5)));
        assertThat(defaults).allMatch(QualityCheckResult::passed);
        assertThat(strict).noneMatch(QualityCheckResult::passed);
        assertThat(check(strict, "image_width").thresholdValue().toString()).isEqualTo("{min=1000, max=null}");
        assertThat(check(strict, "head_yaw").objectValue()).isEqualTo(1f);
        assertThat(QualityVerdict.of(strict).status()).isZero();
    }

    @Test
    void aWarpIsCheckedOnItsFileQualityPoseAndEyesButNotOnWhatItsAlignmentSettles() {
        var sample = new PhotoFacts("JPEG", 250, 250, 12_000);
        var checks = FaceQualityChecks.of(sample, frontal(), true, everyMeasurableAtItsDefault());
        assertThat(checks).extracting(QualityCheckResult::name).containsExactly("image_format", "illumination_quality",
                "specularity_quality", "blurriness_quality", "dark_quality", "light_quality", "head_yaw", "head_pitch",
                "left_eye", "right_eye", "image_size");
    }

    @Test
    void theEstimationsReadAreThoseOfTheChecksThatAreMade() {
        assertThat(FaceQualityChecks.estimationsRead(Set.of(QualityCheck.HEAD_ROLL, QualityCheck.IMAGE_WIDTH), false))
                .containsExactly(Estimation.HEAD_POSE);
        assertThat(FaceQualityChecks.estimationsRead(Set.of(QualityCheck.HEAD_ROLL, QualityCheck.IMAGE_WIDTH), true)).isEmpty();
        assertThat(FaceQualityChecks.estimationsRead(everyMeasurableAtItsDefault().keySet(), true))
                .containsExactlyInAnyOrder(Estimation.QUALITY, Estimation.HEAD_POSE, Estimation.EYES);
    }

    @Test
    void aCheckWhoseEstimationTheServiceDidNotGiveIsLeftOut() {
        var face = frontal();
        var bare = new DetectedFace(face.rect(), face.score(), face.landmarks5(), null, new byte[0], null, FaceEstimations.none());
        var checks = FaceQualityChecks.of(PORTRAIT, bare, false, Map.of(QualityCheck.BLURRINESS_QUALITY,
                QualityCheck.BLURRINESS_QUALITY.defaultThreshold(), QualityCheck.FACE_WIDTH, QualityCheck.FACE_WIDTH.defaultThreshold()));
        assertThat(checks).extracting(QualityCheckResult::name).containsExactly("face_width");
    }
}
