package org.openluna.inference.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class AssetCacheTest {

    @Test
    void everyPinnedModelAndPhotoIsInTheCacheWithItsChecksum() {
        var cache = AssetCache.fromEnvironment();
        for (var asset : Asset.values()) {
            assertThat(cache.path(asset)).as(asset.name()).isRegularFile();
        }
    }

    @Test
    void aCorruptedModelIsRefusedWithAClearMessage() throws Exception {
        var root = Files.createTempDirectory("luna-models-");
        var file = root.resolve("packages").resolve(NpmPackage.FACE_MODELS.folderName()).resolve(Asset.DETECTOR.pathInPackage());
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> new AssetCache(root).path(Asset.DETECTOR))
                .isInstanceOf(AssetUnavailableException.class).hasMessageContaining("DETECTOR").hasMessageContaining("expected");
        assertThatThrownBy(() -> new AssetCache(root).path(Asset.LANDMARKS))
                .isInstanceOf(AssetUnavailableException.class).hasMessageContaining("missing");
    }
}
