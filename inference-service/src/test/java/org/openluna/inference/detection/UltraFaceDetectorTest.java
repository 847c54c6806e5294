package org.openluna.inference.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UltraFaceDetectorTest {
    private final AssetCache assets = AssetCache.fromEnvironment();
    private ModelSet models;
    private UltraFaceDetector detector;

    @BeforeAll
    void loadTheDetector() {
        models = new ModelSet(assets, RuntimeSettings.forThisMachine(), Asset.DETECTOR);
        detector = new UltraFaceDetector(models.get(Asset.DETECTOR));
    }

    @AfterAll
    void closeTheDetector() {
        models.close();
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1,3", "PHOTO_2,3", "PHOTO_3,3", "PHOTO_4,4", "PHOTO_5,5", "PHOTO_6,4"})
    void theWholePhotoAtOneScaleHoldsTheFacesOfEachGroupPhoto(Asset photoAsset, int faces) throws Exception {
        var photo = RgbImage.of(ImageIO.read(assets.path(photoAsset).toFile()));
        assertThat(detector.detectAtOneScale(photo)).hasSize(faces);
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1", "PHOTO_2", "PHOTO_3", "PHOTO_4", "PHOTO_5", "PHOTO_6"})
    void thePyramidFindsAtLeastTheFacesOfTheWholePhoto(Asset photoAsset) throws Exception {
        var photo = RgbImage.of(ImageIO.read(assets.path(photoAsset).toFile()));
        var pyramid = detector.detect(photo, 50);
        System.out.println(photoAsset + " " + pyramid);
        for (var face : detector.detectAtOneScale(photo)) {
            assertThat(pyramid).anySatisfy(found -> assertThat(found.intersectionOverUnion(face)).isGreaterThan(0.5f));
        }
    }

    @Test
    void aPlainPictureHasNoFace() {
        var rgb = new byte[640 * 480 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = 90;
            rgb[i + 1] = (byte) 140;
            rgb[i + 2] = (byte) 200;
        }
        assertThat(detector.detect(new RgbImage(640, 480, rgb), 20)).isEmpty();
    }
}
