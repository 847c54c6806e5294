package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;

/**
 * The seed's own Python examples for accounts, tokens, images, samples, objects, attributes, faces, lists, handlers
 * and the service routes, run by {@code scripts/seed_examples.py} against the started stack.
 */
@ExtendWith(RunningStack.class)
class SeedExamplesTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path SEED = REPOSITORY.resolveSibling("shared").resolve("spec").resolve("luna-platform-api-v6.txt");

    @Test
    void theSeedsExamplesForTheServedRoutesAllSucceed(Api api) throws Exception {
        assumeTrue(Files.exists(SEED), "the seed document is not beside the checkout at " + SEED);
        assumeTrue(pythonWithRequests(), "python3 with the requests library is not on this machine");
        var workdir = Files.createTempDirectory("seed-examples-");
        Files.write(workdir.resolve("face_warp.jpg"), TestImages.jpeg());
        // the attribute samples example detects a face in it first
        Files.write(workdir.resolve("image.jpg"), DetectorTest.photo(Asset.PHOTO_1));
        var process = new ProcessBuilder("python3", REPOSITORY.resolve("scripts/seed_examples.py").toString(), SEED.toString(),
                "--base", "http://127.0.0.1:" + api.port(), "--workdir", workdir.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains(" passed, 0 failed");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static boolean pythonWithRequests() {
        try {
            var process = new ProcessBuilder("python3", "-c", "import requests").redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
