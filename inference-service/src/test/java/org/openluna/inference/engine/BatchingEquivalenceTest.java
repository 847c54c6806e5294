package org.openluna.inference.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.image.PhotoLimits;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

/** Batching is a matter of speed only: a photo's faces, points and descriptors come out the same with it on or off. */
class BatchingEquivalenceTest {
    private final AssetCache assets = AssetCache.fromEnvironment();

    @ParameterizedTest
    @EnumSource(value = Asset.class, names = {"PHOTO_4", "PHOTO_5"})
    void aPhotoGivesTheSameFacesWithBatchingOnAndOff(Asset asset) throws Exception {
        var photo = new PhotoDecoder(PhotoLimits.DEFAULT).decode(Files.readAllBytes(assets.path(asset)));
        var machine = RuntimeSettings.forThisMachine();
        try (var on = new ModelSet(assets, machine.withBatching(true), FaceEngine.models());
             var off = new ModelSet(assets, machine.withBatching(false), FaceEngine.models())) {
            var batched = new FaceEngine(on).detect(photo, 50, true);
            var alone = new FaceEngine(off).detect(photo, 50, true);

            assertThat(batched).hasSameSizeAs(alone).isNotEmpty();
            for (int i = 0; i < alone.size(); i++) {
                var a = alone.get(i);
                var b = batched.get(i);
                assertThat(b.box().x1()).isCloseTo(a.box().x1(), within(1e-3f));
                assertThat(b.box().y2()).isCloseTo(a.box().y2(), within(1e-3f));
                assertThat(b.box().score()).isCloseTo(a.box().score(), within(1e-5f));
                for (int k = 0; k < 136; k++) {
                    assertThat(b.landmarks().xy()[k]).isCloseTo(a.landmarks().xy()[k], within(1e-2f));
                }
                double dot = 0;
                for (int k = 0; k < a.descriptor().length; k++) {
                    dot += a.descriptor()[k] * b.descriptor()[k];
                }
                assertThat(dot).as("cosine of face %d's two descriptors", i).isGreaterThan(0.9999);
            }
        }
    }
}
