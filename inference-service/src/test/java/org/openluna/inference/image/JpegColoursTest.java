package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/** The decoder skips colour management only where it changes nothing: sRGB YCbCr JPEGs. */
class JpegColoursTest {
    private final PhotoDecoder decoder = new PhotoDecoder(PhotoLimits.DEFAULT);
    private final byte[] plain = PhotoFiles.bestJpeg(PhotoFiles.quadrants(64, 48));

    @Test
    void theGroupPhotosAreYCbCrJpegsTaggedSrgb() throws IOException {
        var header = JpegHeader.read(Files.readAllBytes(AssetCache.fromEnvironment().path(Asset.PHOTO_1)));

        assertThat(header.components()).isEqualTo(3);
        assertThat(header.isYCbCr()).isTrue();
        assertThat(header.isSrgb()).isTrue();
    }

    @Test
    void aJpegTaggedSrgbDecodesToTheSamePixelsAsImageIo() throws IOException {
        byte[] tagged = withSegment(plain, 0xE2, iccSegment(ICC_Profile.getInstance(ColorSpace.CS_sRGB)));

        assertThat(JpegHeader.read(tagged).isSrgb()).isTrue();
        assertThat(decoder.decode(tagged).rgb()).isEqualTo(imageIoRead(tagged).rgb());
    }

    @Test
    void aJpegTaggedWithAnotherProfileKeepsImageIosColourConversion() throws IOException {
        byte[] linear = withSegment(plain, 0xE2, iccSegment(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)));

        assertThat(JpegHeader.read(linear).isSrgb()).isFalse();
        var decoded = decoder.decode(linear);
        assertThat(decoded.rgb()).isEqualTo(imageIoRead(linear).rgb());
        // the profile does change the colours, so taking the raw path here would have been wrong
        assertThat(decoded.rgb()).isNotEqualTo(decoder.decode(plain).rgb());
    }

    @Test
    void anAdobeJpegWithoutTransformIsRgbNotYCbCr() {
        byte[] adobe = "Adobe".getBytes(StandardCharsets.US_ASCII);
        var segment = new byte[12];
        System.arraycopy(adobe, 0, segment, 0, adobe.length);
        segment[5] = 0;
        segment[6] = 100;   // version; flags stay 0, transform (the last byte) 0 means no colour transform
        byte[] withoutJfif = withoutFirstSegment(plain);

        assertThat(JpegHeader.read(withoutJfif).isYCbCr()).as("components 1, 2, 3 without JFIF: YCbCr").isTrue();
        assertThat(JpegHeader.read(withSegment(withoutJfif, 0xEE, segment)).isYCbCr()).isFalse();
    }

    private static RgbImage imageIoRead(byte[] jpeg) throws IOException {
        return RgbImage.of(ImageIO.read(new ByteArrayInputStream(jpeg)));
    }

    private static byte[] iccSegment(ICC_Profile profile) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        out.write(1);   // chunk 1 of 1
        out.write(1);
        out.writeBytes(profile.getData());
        return out.toByteArray();
    }

    /** The JPEG with one more marker segment right after SOI. */
    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG without the segment after SOI (ImageIO writes its JFIF APP0 there). */
    private static byte[] withoutFirstSegment(byte[] jpeg) {
        assertThat(jpeg[3] & 0xFF).as("APP0 after SOI").isEqualTo(0xE0);
        int length = (jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF;
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(jpeg, 4 + length, jpeg.length - 4 - length);
        return out.toByteArray();
    }
}
