package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSamplerFailureTest {

    @TempDir
    Path directory;

    @Test
    void aMissingFileCannotBeOpenedAndTheMessageNamesIt() {
        Path missing = directory.resolve("gone.mp4");

        assertThatThrownBy(() -> FrameSampler.open(VideoReference.of(missing), DecodingOptions.atRate(5)))
                .isInstanceOf(VideoException.class)
                .hasMessage("cannot open " + missing + ": No such file or directory");
    }

    @Test
    void aFileOfRandomBytesIsNotAVideo() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path file = Files.write(directory.resolve("noise.mp4"), noise);

        assertThatThrownBy(() -> FrameSampler.open(VideoReference.of(file), DecodingOptions.atRate(5)))
                .isInstanceOf(VideoException.class)
                .hasMessageStartingWith("cannot open " + file + ": ");
    }

    @Test
    void aFileUrlIsOpenedLikeItsPath() {
        Path missing = directory.resolve("with space.mp4");

        assertThatThrownBy(() -> FrameSampler.open(VideoReference.of(missing.toUri()), DecodingOptions.atRate(5)))
                .isInstanceOf(VideoException.class)
                .hasMessageEndingWith(": No such file or directory");
    }
}
