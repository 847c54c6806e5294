package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgeAndGenderEstimatorTest {
    private GroupPhotos photos;
    private AgeEstimator ages;
    private GenderEstimator genders;

    @BeforeAll
    void loadTheModels() {
        photos = GroupPhotos.shared();
        ages = new AgeEstimator(photos.model(Asset.AGE));
        genders = new GenderEstimator(photos.model(Asset.GENDER));
    }

    @Test
    void everyAdultOfTheSixGroupPhotosIsGivenAnAgeBetween15And70() {
        var women = photos.allWomen();
        var estimates = ages.estimate(women);
        assertThat(estimates).hasSize(22);
        assertThat(estimates).allSatisfy(age -> assertThat(age.wholeYears()).isBetween(15, 70));
    }

    @Test
    void theManOfTheWebcamScreenshotIsGivenAMiddleAge() {
        // face-api's own demo overlay on the screenshot says 45 years
        var age = ages.estimate(photos.of(Asset.WEBCAM_SCREENSHOT)).getFirst();
        assertThat(age.wholeYears()).isBetween(35, 55);
    }

    @Test
    void theWomenOfTheGroupPhotosReadAsFemaleAndTheManAsMale() {
        var women = genders.estimate(photos.allWomen());
        assertThat(women.stream().filter(gender -> gender.lunaGender() == 0)).hasSizeGreaterThanOrEqualTo(21);
        assertThat(women.stream().mapToDouble(GenderEstimate::maleScore).average().orElseThrow()).isLessThan(0.4);
        var man = genders.estimate(photos.of(Asset.WEBCAM_SCREENSHOT)).getFirst();
        assertThat(man.lunaGender()).isEqualTo(1);
        assertThat(man.maleScore()).isGreaterThan(0.75f);
    }

    @Test
    void aBatchGivesTheSameAnswersAsOneFaceAtATime() {
        var faces = photos.of(Asset.PHOTO_1);
        var together = ages.estimate(faces);
        for (int i = 0; i < faces.size(); i++) {
            assertThat(ages.estimate(java.util.List.of(faces.get(i)))).containsExactly(together.get(i));
        }
    }

    @Test
    void noFacesGiveNoEstimates() {
        assertThat(ages.estimate(java.util.List.of())).isEmpty();
        assertThat(genders.estimate(java.util.List.of())).isEmpty();
    }
}
