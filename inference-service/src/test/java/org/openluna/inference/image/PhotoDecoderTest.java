package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openluna.inference.image.PhotoFiles.BLUE;
import static org.openluna.inference.image.PhotoFiles.GREEN;
import static org.openluna.inference.image.PhotoFiles.RED;
import static org.openluna.inference.image.PhotoFiles.WHITE;
import static org.openluna.inference.image.Pixels.assertQuadrants;

import java.awt.image.BufferedImage;
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
import org.openluna.inference.image.PhotoRejected.Reason;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.shared.blobs.PngFiles;

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
        assertRejected(() -> decoder.decode(PngFiles.header(10_000, 10_000)), Reason.TOO_LARGE);
    }

    @Test
    void aPngWithinEachSideButOverTheMaximumPixelCountIsRefused() {
        assertRejected(() -> decoder.decode(PngFiles.header(8000, 6000)), Reason.TOO_LARGE);
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
}
