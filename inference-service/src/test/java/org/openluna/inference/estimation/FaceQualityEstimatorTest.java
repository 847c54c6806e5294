package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceQualityEstimatorTest {
    private final FaceQualityEstimator quality = new FaceQualityEstimator();
    private GroupPhotos photos;

    @BeforeAll
    void detectTheFaces() {
        photos = GroupPhotos.shared();
    }

    @Test
    void everyFactorOfEveryFaceOfTheGroupPhotosLiesBetween0And1() {
        assertThat(quality.estimate(photos.allWomen())).hasSize(22).allSatisfy(q -> {
            for (float factor : new float[] {q.blurriness(), q.dark(), q.illumination(), q.specularity(), q.light()}) {
                assertThat(factor).isBetween(0f, 1f);
            }
        });
    }

    @Test
    void theSharpWellLitFacesOfSample6PassLunasDefaultThresholds() {
        // the seed's default face quality policy asks blurriness >= 0.61, illumination and specularity >= 0.3
        assertThat(quality.estimate(photos.of(Asset.PHOTO_6))).allSatisfy(q -> {
            assertThat(q.blurriness()).isGreaterThanOrEqualTo(0.61f);
            assertThat(q.illumination()).isGreaterThanOrEqualTo(0.3f);
            assertThat(q.specularity()).isGreaterThanOrEqualTo(0.3f);
            assertThat(q.dark()).isGreaterThan(0.8f);
            assertThat(q.light()).isGreaterThan(0.8f);
        });
    }

    @Test
    void blurringThePhotoLowersTheBlurrinessQualityOfEveryFaceBelowTheThreshold() {
        for (var face : photos.of(Asset.PHOTO_6)) {
            var blurred = new FaceInPhoto(PhotoVariants.blurred(face.photo(), 3), face.box());
            var before = quality.estimate(List.of(face)).getFirst();
            var after = quality.estimate(List.of(blurred)).getFirst();
            assertThat(after.blurriness()).isLessThan(0.61f).isLessThan(before.blurriness() - 0.3f);
        }
    }

    @Test
    void darkeningThePhotoLowersTheDarkFactorButNotTheSharpness() {
        var face = photos.face(Asset.PHOTO_3, 0);
        var darker = new FaceInPhoto(PhotoVariants.exposed(face.photo(), 0.3), face.box());
        var before = quality.estimate(List.of(face)).getFirst();
        var after = quality.estimate(List.of(darker)).getFirst();
        assertThat(before.dark()).isGreaterThan(0.9f);
        assertThat(after.dark()).isLessThan(0.2f);
        assertThat(after.blurriness()).isCloseTo(before.blurriness(), within(0.05f));
        assertThat(after.light()).isEqualTo(1f);
    }

    @Test
    void overexposingThePhotoLowersTheLightAndSpecularityFactors() {
        var face = photos.face(Asset.PHOTO_3, 0);
        var brighter = new FaceInPhoto(PhotoVariants.exposed(face.photo(), 2.0), face.box());
        var before = quality.estimate(List.of(face)).getFirst();
        var after = quality.estimate(List.of(brighter)).getFirst();
        assertThat(before.light()).isGreaterThan(0.9f);
        assertThat(before.specularity()).isGreaterThan(0.9f);
        assertThat(after.light()).isLessThan(0.2f);
        assertThat(after.specularity()).isLessThan(0.2f);
    }

    @Test
    void shadingOneSideOfTheFaceLowersTheIllumination() {
        var face = photos.face(Asset.PHOTO_3, 0);
        int middle = (int) ((face.box().x1() + face.box().x2()) / 2);
        var shaded = new FaceInPhoto(PhotoVariants.shadedRightOf(face.photo(), middle, 0.35), face.box());
        var before = quality.estimate(List.of(face)).getFirst();
        var after = quality.estimate(List.of(shaded)).getFirst();
        assertThat(before.illumination()).isGreaterThan(0.85f);
        assertThat(after.illumination()).isLessThan(0.5f);
    }
}
