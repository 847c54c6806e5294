package org.openluna.inference.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

/**
 * The face detector on our crowd scenes and photos: small faces in crowds found, every face of the
 * group photos and of a photo of masked people, and nothing on the animals and the landscape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YuNetDetectorTest {
    // the platform's smallest face (ImageDetections)
    private static final int MIN_FACE_SIZE = 20;

    private final AssetCache assets = AssetCache.fromEnvironment();
    private ModelSet models;
    private YuNetDetector detector;

    @BeforeAll
    void loadTheDetector() {
        models = new ModelSet(assets, RuntimeSettings.forThisMachine(), Asset.YUNET);
        detector = new YuNetDetector(models.get(Asset.YUNET));
    }

    @AfterAll
    void closeTheDetector() {
        models.close();
    }

    private RgbImage photo(Asset asset) throws Exception {
        return RgbImage.of(ImageIO.read(assets.path(asset).toFile()));
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1,3", "PHOTO_2,3", "PHOTO_3,3", "PHOTO_4,4", "PHOTO_5,5", "PHOTO_6,4", "WEBCAM_SCREENSHOT,1",
            "KITTEN,0", "BLACK_CAT,0", "PHEASANT,0", "LANDSCAPE,0"})
    void everyFaceOfAPhotoIsFoundAndNothingElse(Asset asset, int faces) throws Exception {
        assertThat(detector.detect(photo(asset), MIN_FACE_SIZE)).hasSize(faces);
    }

    @Test
    void theTenPeopleInMedicalMasksAreFound() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("photos/masked-2.jpeg")) {
            assertThat(detector.detect(RgbImage.of(ImageIO.read(in)), MIN_FACE_SIZE)).hasSize(10);
        }
    }

    /** 160 faces 16-48 px wide over busy backgrounds (96% found, one false face, when measured: docs/benchmarks/inference.md). */
    @Test
    void mostFacesOfACrowdAreFoundEvenTheSmallestAndAlmostNothingElse() {
        var scenes = CrowdScenes.make(assets, detector, 4, 40, 16, 48);
        int found = 0;
        int smallFound = 0;
        int small = 0;
        int falseFaces = 0;
        for (var scene : scenes) {
            var boxes = detector.detect(scene.photo(), MIN_FACE_SIZE).stream().map(Detection::box).toList();
            for (var truth : scene.truth()) {
                boolean isFound = boxes.stream().anyMatch(box -> CrowdScenes.finds(box, truth));
                found += isFound ? 1 : 0;
                if (truth.width() < 24) {
                    small++;
                    smallFound += isFound ? 1 : 0;
                }
            }
            falseFaces += (int) boxes.stream().filter(box -> scene.truth().stream().noneMatch(t -> CrowdScenes.finds(box, t))).count();
        }
        assertThat(found).isGreaterThanOrEqualTo(150);
        assertThat(smallFound).isGreaterThanOrEqualTo(small * 8 / 10);
        assertThat(falseFaces).isLessThanOrEqualTo(2);
    }

    @Test
    void aFacesFivePointsLieOnItsEyesNoseAndMouthInTheTemplatesOrder() throws Exception {
        for (var face : detector.detect(photo(Asset.PHOTO_4), MIN_FACE_SIZE)) {
            float[] p = face.fivePoints();
            assertThat(p[0]).as("the eye on the photo's left first").isLessThan(p[2]);
            assertThat(p[6]).as("the mouth corner on the photo's left first").isLessThan(p[8]);
            assertThat(p[5]).as("the nose below the eyes").isGreaterThan(Math.max(p[1], p[3]));
            assertThat(Math.min(p[7], p[9])).as("the mouth below the nose").isGreaterThan(p[5]);
            for (int k = 0; k < 5; k++) {
                assertThat(p[2 * k]).isBetween(face.box().x1(), face.box().x2());
                assertThat(p[2 * k + 1]).isBetween(face.box().y1(), face.box().y2());
            }
        }
    }
}
