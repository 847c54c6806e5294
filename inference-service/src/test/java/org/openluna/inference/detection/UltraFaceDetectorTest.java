package org.openluna.inference.detection;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.awt.Color;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UltraFaceDetectorTest {
    private final AssetCache assets = AssetCache.fromEnvironment();
    private UltraFaceDetector detector;

    @BeforeAll
    void loadTheDetector() throws Exception {
        try (var options = new OrtSession.SessionOptions()) {
            detector = new UltraFaceDetector(OrtEnvironment.getEnvironment(), assets.path(Asset.DETECTOR), options);
        }
    }

    @AfterAll
    void closeTheDetector() throws Exception {
        detector.close();
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1,3", "PHOTO_2,3", "PHOTO_3,3", "PHOTO_4,4", "PHOTO_5,5", "PHOTO_6,4"})
    void everyFaceOfEachGroupPhotoIsFoundAndNothingElse(Asset photoAsset, int faces) throws Exception {
        var photo = ImageIO.read(assets.path(photoAsset).toFile());
        assertThat(detector.detect(photo)).hasSize(faces);
    }

    @Test
    void aPlainPictureHasNoFace() throws Exception {
        var blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = blank.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        assertThat(detector.detect(blank)).isEmpty();
    }
}
