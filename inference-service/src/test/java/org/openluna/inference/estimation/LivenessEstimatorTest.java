package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

/**
 * The group photos show real people photographed directly, not prints or screens, so a working model
 * calls most of them real. Measured scores (probability of "real"), faces from left to right:
 * sample1 1.00 1.00 1.00; sample2 0.00 0.49 0.96; sample3 0.99 0.91 0.86; sample4 1.00 1.00 0.99 0.95;
 * sample5 0.99 1.00 1.00 0.96 0.82; sample6 0.52 0.00 1.00 0.99; webcam screenshot 0.92. The two near 0
 * are a face in profile with a finger at her lips (sample2) and a face against a blown-out window blind (sample6).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivenessEstimatorTest {
    private GroupPhotos photos;
    private LivenessEstimator liveness;

    @BeforeAll
    void loadTheModel() {
        photos = GroupPhotos.shared();
        liveness = new LivenessEstimator(photos.model(Asset.LIVENESS));
    }

    @Test
    void mostPeoplePhotographedDirectlyAreJudgedReal() {
        var scores = liveness.estimate(photos.allWomen());
        assertThat(scores.stream().filter(score -> score.prediction(0.5f) == LivenessPrediction.REAL)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(liveness.estimate(photos.of(Asset.WEBCAM_SCREENSHOT)).getFirst().prediction(0.5f)).isEqualTo(LivenessPrediction.REAL);
    }

    @Test
    void theSamePhotoGetsTheSameScoreEveryTime() {
        var faces = photos.of(Asset.PHOTO_3);
        assertThat(liveness.estimate(faces)).isEqualTo(liveness.estimate(faces));
    }
}
