package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmotionEstimatorTest {
    private GroupPhotos photos;
    private EmotionEstimator emotions;

    @BeforeAll
    void loadTheModel() {
        photos = GroupPhotos.shared();
        emotions = new EmotionEstimator(photos.model(Asset.EMOTIONS));
    }

    @Test
    void theWomenLaughingWithOpenMouthsInSample1AndSample3ReadAsHappiness() {
        // sample1: the woman on the right; sample3: the woman on the right; both show their teeth
        var laughing = List.of(photos.face(Asset.PHOTO_1, 2), photos.face(Asset.PHOTO_3, 2));
        assertThat(emotions.estimate(laughing)).allSatisfy(estimate -> {
            assertThat(estimate.predominant()).isEqualTo(Emotion.HAPPINESS);
            assertThat(estimate.probability(Emotion.HAPPINESS)).isGreaterThan(0.9f);
        });
    }

    @Test
    void mostFacesOfTheGroupPhotosSmileAndReadAsHappiness() {
        var estimates = emotions.estimate(photos.allWomen());
        assertThat(estimates.stream().filter(e -> e.predominant() == Emotion.HAPPINESS)).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void theProbabilitiesOfEachFaceCoverAllSevenEmotionsAndSumToOne() {
        for (var estimate : emotions.estimate(photos.of(Asset.PHOTO_2))) {
            assertThat(estimate.probabilities()).containsOnlyKeys(Emotion.values());
            double sum = estimate.probabilities().values().stream().mapToDouble(Float::doubleValue).sum();
            assertThat(sum).isCloseTo(1.0, within(1e-4));
        }
    }
}
