package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openluna.inference.image.PhotoFiles.BLUE;
import static org.openluna.inference.image.PhotoFiles.GREEN;
import static org.openluna.inference.image.PhotoFiles.RED;
import static org.openluna.inference.image.PhotoFiles.WHITE;

import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openluna.inference.image.PhotoRejected.Reason;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

class PhotoDecoderTest {
    private final AssetCache assets = AssetCache.fromEnvironment();
    private final PhotoDecoder decoder = new PhotoDecoder(PhotoLimits.DEFAULT);

    private byte[] bytesOf(Asset photo) {
        try {
            return Files.readAllBytes(assets.path(photo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- real photos and other encodings of them ---

    @ParameterizedTest
    @CsvSource({"PHOTO_1,1920,1280", "PHOTO_2,1920,1367", "PHOTO_3,1920,1350",
            "PHOTO_4,1920,1448", "PHOTO_5,1920,1398", "PHOTO_6,1920,1537"})
    void eachSampleGroupPhotoDecodesToItsRealSize(Asset photo, int width, int height) {
        var image = decoder.decode(bytesOf(photo), PhotoContentType.binary(PhotoFormat.JPEG));

        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
    }

    @Test
    void aJpegDecodesToTheSamePixelsAsImageIoReadOneByOne() throws IOException {
        var expected = RgbImage.of(ImageIO.read(assets.path(Asset.PHOTO_1).toFile()));

        assertThat(decoder.decode(bytesOf(Asset.PHOTO_1)).rgb()).isEqualTo(expected.rgb());
    }

    @ParameterizedTest
    @CsvSource({"png,PNG", "bmp,BMP", "tiff,TIFF", "ppm,PNM"})
    void aPhotoReencodedLosslesslyDecodesToExactlyTheSamePixels(String writerFormat, PhotoFormat format) {
        var original = decoder.decode(bytesOf(Asset.PHOTO_1));
        byte[] reencoded = PhotoFiles.encode(original.toBufferedImage(), writerFormat);

        var decoded = decoder.decode(reencoded, PhotoContentType.binary(format));

        assertThat(decoded.width()).isEqualTo(original.width());
        assertThat(decoded.height()).isEqualTo(original.height());
        assertThat(decoded.rgb()).isEqualTo(original.rgb());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3", "P6"})
    void aPixmapDecodesInItsAsciiAndBinaryForms(String magic) {
        var samples = new int[30 * 20 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i * 7 % 256;
        }

        var image = decoder.decode(PhotoFiles.netpbm(magic, 30, 20, samples), PhotoContentType.binary(PhotoFormat.PNM));

        assertThat(image.width()).isEqualTo(30);
        assertThat(image.height()).isEqualTo(20);
        assertThat(unsigned(image.rgb())).isEqualTo(samples);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2", "P5"})
    void aGreymapDecodesToEqualRedGreenAndBlue(String magic) {
        var levels = new int[30 * 20];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = i % 256;
        }

        var image = decoder.decode(PhotoFiles.netpbm(magic, 30, 20, levels), PhotoContentType.binary(PhotoFormat.PNM));

        assertThat(unsigned(image.rgb())).isEqualTo(Arrays.stream(levels).flatMap(v -> Arrays.stream(new int[] {v, v, v})).toArray());
    }

    // --- colour models ---

    @Test
    void aGreyPngKeepsItsLevelsWithoutGammaBrightening() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(3, 4, 0, 128);
        grey.getRaster().setSample(5, 6, 0, 50);

        var image = decoder.decode(PhotoFiles.encode(grey, "png"));

        assertThat(pixel(image, 3, 4)).containsExactly(128, 128, 128);
        assertThat(pixel(image, 5, 6)).containsExactly(50, 50, 50);
        assertThat(pixel(image, 0, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void aSixteenBitGreyPngIsScaledToEightBits() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(1, 1, 0, 65535);
        grey.getRaster().setSample(2, 2, 0, 32896);   // 128 * 257

        var image = decoder.decode(PhotoFiles.encode(grey, "png"));

        assertThat(pixel(image, 1, 1)).containsExactly(255, 255, 255);
        assertThat(pixel(image, 2, 2)).containsExactly(128, 128, 128);
    }

    @Test
    void aSixteenBitColourPngIsScaledToEightBits() {
        var model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        var colour = new BufferedImage(model, model.createCompatibleWritableRaster(32, 32), false, null);
        colour.getRaster().setPixel(7, 8, new int[] {65535, 32896, 0});

        var image = decoder.decode(PhotoFiles.encode(colour, "png"));

        assertThat(pixel(image, 7, 8)).containsExactly(255, 128, 0);
    }

    @Test
    void aPalettePngDecodesToItsPaletteColours() {
        var palette = new IndexColorModel(8, 3, new byte[] {(byte) 200, 10, 0}, new byte[] {30, (byte) 220, 0},
                new byte[] {40, 50, (byte) 255});
        var indexed = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setSample(0, 0, 0, 0);
        indexed.getRaster().setSample(1, 0, 0, 1);
        indexed.getRaster().setSample(2, 0, 0, 2);

        var image = decoder.decode(PhotoFiles.encode(indexed, "png"));

        assertThat(pixel(image, 0, 0)).containsExactly(200, 30, 40);
        assertThat(pixel(image, 1, 0)).containsExactly(10, 220, 50);
        assertThat(pixel(image, 2, 0)).containsExactly(0, 0, 255);
    }

    @Test
    void aTransparentPngIsCompositedOntoBlack() {
        var translucent = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        translucent.setRGB(0, 0, 0xFF_C86432);              // opaque (200, 100, 50)
        translucent.setRGB(1, 0, 0x80_C86432);              // half transparent
        translucent.setRGB(2, 0, 0x00_FFFFFF);              // fully transparent white

        var image = decoder.decode(PhotoFiles.encode(translucent, "png"));

        assertThat(pixel(image, 0, 0)).containsExactly(200, 100, 50);
        assertThat(pixel(image, 1, 0)).containsExactly(100, 50, 25);
        assertThat(pixel(image, 2, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void aGreyJpegDecodesToEqualRedGreenAndBlue() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 32, 32);
        g.dispose();

        var image = decoder.decode(PhotoFiles.bestJpeg(grey));

        var level = pixel(image, 16, 16);
        assertThat(level[0]).isBetween(88, 92);
        assertThat(level).containsExactly(level[0], level[0], level[0]);
    }

    @Test
    void aCmykJpegDecodesToRgb() {
        var image = decoder.decode(PhotoFiles.cmykJpeg(32, 32, 0, 255, 255, 0));   // magenta + yellow ink: red

        var red = pixel(image, 16, 16);
        assertThat(red[0]).isGreaterThan(180);
        assertThat(red[1]).isLessThan(90);
        assertThat(red[2]).isLessThan(90);
    }

    // --- EXIF orientation ---

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            // orientation, upright width, height, then the colour at the upright picture's top left, top right, bottom left, bottom right
            "1, 40, 24, FF0000, 00FF00, 0000FF, FFFFFF",
            "2, 40, 24, 00FF00, FF0000, FFFFFF, 0000FF",
            "3, 40, 24, FFFFFF, 0000FF, 00FF00, FF0000",
            "5, 24, 40, FF0000, 0000FF, 00FF00, FFFFFF",
            "6, 24, 40, 0000FF, FF0000, FFFFFF, 00FF00",
            "8, 24, 40, 00FF00, FFFFFF, FF0000, 0000FF"})
    void aJpegIsTurnedUprightByItsExifOrientation(int orientation, int width, int height,
            String topLeft, String topRight, String bottomLeft, String bottomRight) {
        byte[] jpeg = PhotoFiles.withExifOrientation(PhotoFiles.bestJpeg(PhotoFiles.quadrants(40, 24)), orientation);

        var image = decoder.decode(jpeg, PhotoContentType.binary(PhotoFormat.JPEG));

        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
        assertQuadrants(image, hex(topLeft), hex(topRight), hex(bottomLeft), hex(bottomRight));
    }

    @Test
    void aJpegKeepsItsStoredRasterWhenExifUseIsOff() {
        byte[] jpeg = PhotoFiles.withExifOrientation(PhotoFiles.bestJpeg(PhotoFiles.quadrants(40, 24)), 6);

        var image = decoder.decode(jpeg, PhotoContentType.binary(PhotoFormat.JPEG), false);

        assertThat(image.width()).isEqualTo(40);
        assertQuadrants(image, RED, GREEN, BLUE, WHITE);
    }

    @Test
    void aTiffIsTurnedUprightByItsOrientationTagEvenWhenExifUseIsOff() {
        byte[] tiff = PhotoFiles.tiff(PhotoFiles.quadrants(40, 24), 6);

        var image = decoder.decode(tiff, PhotoContentType.binary(PhotoFormat.TIFF), false);

        assertThat(image.width()).isEqualTo(24);
        assertThat(image.height()).isEqualTo(40);
        assertQuadrants(image, BLUE, RED, WHITE, GREEN);
    }

    @Test
    void aBrokenExifBlockLeavesTheJpegAsStored() {
        byte[] jpeg = PhotoFiles.withExifOrientation(PhotoFiles.bestJpeg(PhotoFiles.quadrants(40, 24)), 6);
        jpeg[12] = 'X';   // the TIFF header's byte order mark: no longer "MM"

        var image = decoder.decode(jpeg);

        assertThat(image.width()).isEqualTo(40);
        assertQuadrants(image, RED, GREEN, BLUE, WHITE);
    }

    // --- refusals ---

    @Test
    void emptyBytesAreRefusedAsEmpty() {
        assertRejected(() -> decoder.decode(new byte[0]), Reason.EMPTY);
        assertRejected(() -> decoder.decode(new byte[0], PhotoContentType.binary(PhotoFormat.JPEG)), Reason.EMPTY);
    }

    @Test
    void randomBytesBehindAJpegSignatureAreRefusedAsCorrupt() {
        var bytes = new byte[4000];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;

        assertRejected(() -> decoder.decode(bytes, PhotoContentType.binary(PhotoFormat.JPEG)), Reason.CORRUPT);
    }

    @Test
    void theFirstThirtyPercentOfAJpegAreRefusedAsCorrupt() {
        byte[] photo = bytesOf(Asset.PHOTO_1);

        assertRejected(() -> decoder.decode(Arrays.copyOf(photo, photo.length * 30 / 100)), Reason.CORRUPT);
    }

    @Test
    void aJpegMissingOnlyItsEndMarkerStillDecodes() {
        byte[] photo = bytesOf(Asset.PHOTO_1);

        var image = decoder.decode(Arrays.copyOf(photo, photo.length - 2));

        assertThat(image.rgb()).isEqualTo(decoder.decode(photo).rgb());
    }

    @Test
    void aTruncatedPngIsRefusedAsCorrupt() {
        byte[] png = PhotoFiles.encode(PhotoFiles.quadrants(400, 300), "png");

        assertRejected(() -> decoder.decode(Arrays.copyOf(png, png.length / 2)), Reason.CORRUPT);
    }

    @Test
    void aOnePixelPngIsRefusedAsTooSmall() {
        byte[] png = PhotoFiles.encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");

        assertRejected(() -> decoder.decode(png), Reason.TOO_SMALL);
    }

    @Test
    void aPngClaimingTenThousandPixelsSquareIsRefusedFromItsHeaderAlone() {
        // the IDAT could never fill that raster, so reading it would fail as corrupt: TOO_LARGE proves the header was checked first
        assertRejected(() -> decoder.decode(PhotoFiles.pngHeaderOnly(10_000, 10_000)), Reason.TOO_LARGE);
    }

    @Test
    void aPngWithinEachSideButOverTheMaximumPixelCountIsRefused() {
        assertRejected(() -> decoder.decode(PhotoFiles.pngHeaderOnly(8000, 6000)), Reason.TOO_LARGE);
    }

    @Test
    void limitsOfItsOwnAreHonoured() {
        var strict = new PhotoDecoder(new PhotoLimits(20, 1000, 1_000_000));

        assertRejected(() -> strict.decode(bytesOf(Asset.PHOTO_1)), Reason.TOO_LARGE);
    }

    @Test
    void aPngDeclaredAsJpegIsRefusedAsAContentTypeMismatch() {
        byte[] png = PhotoFiles.encode(PhotoFiles.quadrants(40, 24), "png");

        assertRejected(() -> decoder.decode(png, PhotoContentType.binary(PhotoFormat.JPEG)), Reason.CONTENT_TYPE_MISMATCH);
    }

    @Test
    void aGifIsRefusedAsUnsupportedAndNamed() {
        byte[] gif = PhotoFiles.encode(PhotoFiles.quadrants(40, 24), "gif");

        assertThatThrownBy(() -> decoder.decode(gif))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT))
                .hasMessageContaining("GIF");
    }

    @Test
    void textIsRefusedAsAnUnsupportedFormat() {
        assertRejected(() -> decoder.decode("hello, face".getBytes(StandardCharsets.US_ASCII)), Reason.UNSUPPORTED_FORMAT);
    }

    // --- base64 ---

    @Test
    void aBase64BodyDecodesToTheSamePixelsAsTheFile() {
        byte[] photo = bytesOf(Asset.PHOTO_2);
        byte[] body = Base64.getEncoder().encode(photo);

        var image = decoder.decode(body, PhotoContentType.parse("image/x-jpeg-base64").orElseThrow());

        assertThat(image.rgb()).isEqualTo(decoder.decode(photo).rgb());
    }

    @Test
    void base64WrappedInLinesAsTheBase64ToolWritesIsAccepted() {
        byte[] png = PhotoFiles.encode(PhotoFiles.quadrants(40, 24), "png");
        String wrapped = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(png) + "\n";

        var image = decoder.decodeBase64(wrapped);

        assertQuadrants(image, RED, GREEN, BLUE, WHITE);
    }

    @Test
    void aDataUrlIsNotBase64() {
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(PhotoFiles.encode(PhotoFiles.quadrants(40, 24), "png"));

        assertRejected(() -> decoder.decodeBase64(dataUrl), Reason.BAD_BASE64);
    }

    @Test
    void textWithCharactersOutsideBase64IsRefused() {
        assertRejected(() -> decoder.decode("/9j/4AAQ*kZJRg==".getBytes(StandardCharsets.US_ASCII),
                PhotoContentType.base64(PhotoFormat.JPEG)), Reason.BAD_BASE64);
        assertRejected(() -> decoder.decodeBase64("/9j/4AAQ\u00e9kZJRg=="), Reason.BAD_BASE64);
    }

    @Test
    void blankBase64IsRefusedAsEmpty() {
        assertRejected(() -> decoder.decodeBase64(" \n"), Reason.EMPTY);
    }

    @Test
    void base64OfAPngDeclaredAsJpegBase64IsRefusedAsAContentTypeMismatch() {
        byte[] body = Base64.getEncoder().encode(PhotoFiles.encode(PhotoFiles.quadrants(40, 24), "png"));

        assertRejected(() -> decoder.decode(body, PhotoContentType.base64(PhotoFormat.JPEG)), Reason.CONTENT_TYPE_MISMATCH);
    }

    @Test
    void contentTypesAreReadAsTheSeedNamesThem() {
        assertThat(PhotoContentType.parse("image/x-portable-pixmap")).contains(PhotoContentType.binary(PhotoFormat.PNM));
        assertThat(PhotoContentType.parse("Image/TIFF; charset=binary")).contains(PhotoContentType.binary(PhotoFormat.TIFF));
        assertThat(PhotoContentType.parse("image/x-bmp-base64")).contains(PhotoContentType.base64(PhotoFormat.BMP));
        assertThat(PhotoContentType.parse("image/gif")).isEmpty();
        assertThat(PhotoContentType.parse("application/json")).isEmpty();
    }

    // --- helpers ---

    private static void assertRejected(Runnable decoding, Reason reason) {
        assertThatThrownBy(decoding::run)
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageNotContaining("Exception");
    }

    /** Each quadrant's centre within JPEG's error of the expected colour. */
    private static void assertQuadrants(RgbImage image, int topLeft, int topRight, int bottomLeft, int bottomRight) {
        int w = image.width();
        int h = image.height();
        assertNear(pixel(image, w / 4, h / 4), topLeft, "top left");
        assertNear(pixel(image, 3 * w / 4, h / 4), topRight, "top right");
        assertNear(pixel(image, w / 4, 3 * h / 4), bottomLeft, "bottom left");
        assertNear(pixel(image, 3 * w / 4, 3 * h / 4), bottomRight, "bottom right");
    }

    private static void assertNear(int[] actual, int expectedRgb, String where) {
        int[] expected = {expectedRgb >> 16 & 0xFF, expectedRgb >> 8 & 0xFF, expectedRgb & 0xFF};
        for (int c = 0; c < 3; c++) {
            assertThat(actual[c]).as("%s, channel %d of %s", where, c, Arrays.toString(actual))
                    .isBetween(expected[c] - 40, expected[c] + 40);
        }
    }

    private static int hex(String rgb) {
        return Integer.parseInt(rgb, 16);
    }

    private static int[] pixel(RgbImage image, int x, int y) {
        return new int[] {image.channel(x, y, 0), image.channel(x, y, 1), image.channel(x, y, 2)};
    }

    private static int[] unsigned(byte[] bytes) {
        var values = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i] & 0xFF;
        }
        return values;
    }
}
