package org.openluna.inference.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceGateTest {
    private final AssetCache assets = AssetCache.fromEnvironment();
    private ModelSet models;
    private FaceEngine engine;

    @BeforeAll
    void loadTheModels() {
        models = new ModelSet(assets, RuntimeSettings.forThisMachine(), FaceEngine.models());
        engine = new FaceEngine(models);
    }

    @AfterAll
    void closeTheModels() {
        models.close();
    }

    private RgbImage photo(Asset asset) throws Exception {
        return RgbImage.of(ImageIO.read(assets.path(asset).toFile()));
    }

    @ParameterizedTest
    @CsvSource({"PHOTO_1,3", "PHOTO_2,3", "PHOTO_3,3", "PHOTO_4,4", "PHOTO_5,5", "PHOTO_6,4", "KITTEN,0", "BLACK_CAT,0", "PHEASANT,0", "LANDSCAPE,0"})
    void theEngineFindsEveryHumanFaceAndNothingElse(Asset asset, int faces) throws Exception {
        var photo = photo(asset);
        assertThat(engine.detect(photo, 40, false)).hasSize(faces);
    }
}
