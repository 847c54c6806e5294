package org.openluna.shared.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** The stores keep what decodes whole within the limits, in every format the seed names, and nothing else. */
class StoredImagesTest {

    @Test
    void everyFormatOfTheSeedIsKeptWhole() throws IOException {
        for (var format : new String[] {"jpeg", "png", "bmp", "tiff"}) {
            var bytes = encode(format, 640, 480);
            var kind = ImageFormat.ofContentType("image/" + format).orElseThrow();
            assertThat(kind.matches(bytes)).as(format).isTrue();
            assertThatCode(() -> StoredImages.check(kind, bytes)).as(format).doesNotThrowAnyException();
        }
        assertThatCode(() -> StoredImages.check(ImageFormat.PPM, ppm(64, 48))).doesNotThrowAnyException();
    }

    @Test
    void aTruncatedImageIsNotKept() throws IOException {
        for (var format : new String[] {"jpeg", "png", "bmp"}) {
            var whole = encode(format, 640, 480);
            var kind = ImageFormat.ofContentType("image/" + format).orElseThrow();
            assertThat(refusal(kind, Arrays.copyOf(whole, whole.length / 2))).as(format).isEqualTo(ErrorCode.IMAGE_DECODING_FAILED);
        }
        var ppm = ppm(64, 48);
        assertThat(refusal(ImageFormat.PPM, Arrays.copyOf(ppm, ppm.length - 100))).isEqualTo(ErrorCode.IMAGE_DECODING_FAILED);
    }

    @Test
    void anImageLargerThanThePlatformDecodesIsRefusedFromItsHeader() {
        var error = catchThrowableOfType(LunaException.class, () -> StoredImages.check(ImageFormat.PNG, PngFiles.header(100_000, 20)));
        assertThat(error.error()).isEqualTo(ErrorCode.IMAGE_TOO_LARGE);
        assertThat(error.detail()).contains("100000x20");
        assertThat(refusal(ImageFormat.PNG, PngFiles.header(8000, 8000))).as("64 MP, past the 40 MP limit").isEqualTo(ErrorCode.IMAGE_TOO_LARGE);
    }

    private static ErrorCode refusal(ImageFormat format, byte[] bytes) {
        var error = catchThrowableOfType(LunaException.class, () -> StoredImages.check(format, bytes));
        return error == null ? null : error.error();
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(10, 10, width - 20, height - 20);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
        return out.toByteArray();
    }

    private static byte[] ppm(int width, int height) {
        var header = ("P6\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        var out = Arrays.copyOf(header, header.length + width * height * 3);
        for (int i = header.length; i < out.length; i++) {
            out[i] = (byte) i;
        }
        return out;
    }
}
