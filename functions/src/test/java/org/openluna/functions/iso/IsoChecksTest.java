package org.openluna.functions.iso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.functions.quality.QualityCheckResult;
import org.openluna.functions.quality.QualityVerdict;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.Eyes;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.HeadPose;
import org.openluna.protocol.inference.Quality;
import org.openluna.protocol.inference.Rect;
import org.openluna.shared.handlers.QualityThreshold;

/**
 * The checks on faces made to measure, since none of the test photos is a conforming portrait: every
 * face in them is turned or tilted beyond ISO's five degrees.
 */
class IsoChecksTest {
    // a 600x800 portrait: eyes level at y=320, 120 pixels apart about x=300; head 400x560
    private static final PhotoFacts PORTRAIT = new PhotoFacts("JPEG", 600, 800, 90_000);
    private static final float[] EYES_LEVEL = {240, 320, 360, 320, 300, 400, 260, 480, 340, 480};
    private static final Quality GOOD = new Quality(0.9f, 0.9f, 0.9f, 0.9f, 0.9f);
    private static final Eyes OPEN = new Eyes(new Eyes.Eye(0.99f), new Eyes.Eye(0.98f));

    private static DetectedFace face(HeadPose pose, Quality quality, Eyes eyes) {
        return new DetectedFace(new Rect(100, 120, 400, 560), 0.99f, EYES_LEVEL, null, new byte[0], null,
                new FaceEstimations(null, null, pose, null, null, eyes, quality, null, null));
    }

    @Test
    void aFrontalWellLitPortraitPassesEveryCheck() {
        var checks = IsoChecks.of(PORTRAIT, face(new HeadPose(1, -2, 3), GOOD, OPEN), false);
        assertThat(checks).extracting(QualityCheckResult::name).containsExactly("image_format", "illumination_quality",
                "specularity_quality", "blurriness_quality", "dark_quality", "light_quality", "head_yaw", "head_pitch",
                "head_roll", "left_eye", "right_eye", "head_horizontal_center", "head_vertical_center", "head_width",
                "head_height", "eye_distance");
        assertThat(checks).allMatch(QualityCheckResult::passed);
        assertThat(QualityVerdict.of(checks).status()).isEqualTo(1);
        assertThat(checks).filteredOn(c -> c.name().equals("eye_distance")).singleElement()
                .satisfies(c -> assertThat(c.objectValue()).isEqualTo(120))
                .satisfies(c -> assertThat(c.thresholdValue()).isEqualTo(new QualityThreshold.Range(90.0, null).toJson()));
        assertThat(checks).filteredOn(c -> c.name().equals("head_vertical_center")).singleElement()
                .satisfies(c -> assertThat(c.objectValue()).isEqualTo(0.4));
    }

    @Test
    void theEyeDistanceHasNoUpperBoundUnlikeAHandlersDefault() {
        // eyes 2000 px apart in a photo wide enough for them
        float[] wide = {1000, 1000, 3000, 1000, 2000, 1200, 1500, 1500, 2500, 1500};
        var face = new DetectedFace(new Rect(500, 500, 3000, 3000), 0.99f, wide, null, new byte[0], null,
                new FaceEstimations(null, null, null, null, null, null, null, null, null));
        var checks = IsoChecks.of(new PhotoFacts("JPEG", 4000, 4000, 1), face, false);
        assertThat(checks).filteredOn(c -> c.name().equals("eye_distance")).singleElement()
                .satisfies(c -> assertThat(c.objectValue()).isEqualTo(2000))
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void oneFailedCheckFailsTheFace() {
        var checks = IsoChecks.of(PORTRAIT, face(new HeadPose(6, 0, 0), GOOD, OPEN), false);
        assertThat(checks).filteredOn(c -> !c.passed()).extracting(QualityCheckResult::name).containsExactly("head_yaw");
        assertThat(QualityVerdict.of(checks).status()).isZero();
    }

    @Test
    void aClosedEyeAndAnUnlistedFormatFailTheirChecks() {
        var closedLeft = new Eyes(new Eyes.Eye(0.1f), new Eyes.Eye(0.9f));
        var checks = IsoChecks.of(new PhotoFacts("BMP", 600, 800, 1_440_054), face(new HeadPose(0, 0, 0), GOOD, closedLeft), false);
        assertThat(checks).filteredOn(c -> !c.passed()).extracting(QualityCheckResult::name).containsExactly("image_format", "left_eye");
        assertThat(checks).filteredOn(c -> c.name().equals("left_eye")).singleElement()
                .satisfies(c -> assertThat(c.objectValue()).isEqualTo("closed"));
    }

    @Test
    void aSampleIsNotCheckedOnWhatItsAlignmentSettles() {
        var checks = IsoChecks.of(new PhotoFacts("JPEG", 250, 250, 9_000), face(new HeadPose(0, 0, 30), GOOD, OPEN), true);
        assertThat(checks).extracting(QualityCheckResult::name).doesNotContain("head_roll", "head_horizontal_center",
                "head_vertical_center", "head_width", "head_height", "eye_distance").contains("head_yaw", "head_pitch");
        assertThat(QualityVerdict.of(checks).status()).isEqualTo(1);
    }

    @Test
    void anEstimationTheServiceDidNotGiveLeavesItsChecksOutRatherThanPassingThem() {
        var checks = IsoChecks.of(PORTRAIT, face(null, null, null), false);
        assertThat(checks).extracting(QualityCheckResult::name).containsExactly("image_format", "head_horizontal_center",
                "head_vertical_center", "head_width", "head_height", "eye_distance");
    }

    @Test
    void aFormatThatCouldNotBeToldFailsTheFormatCheck() {
        var checks = IsoChecks.of(new PhotoFacts(null, 600, 800, 90_000), face(null, null, null), false);
        assertThat(checks).filteredOn(c -> c.name().equals("image_format")).singleElement()
                .satisfies(c -> assertThat(c.objectValue()).isNull())
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void theChecksReadQualityHeadPoseAndEyes() {
        assertThat(IsoChecks.ESTIMATIONS).containsExactlyInAnyOrder(Estimation.QUALITY, Estimation.HEAD_POSE, Estimation.EYES);
    }
}
