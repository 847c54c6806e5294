package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.inference.image.Pixels.assertQuadrants;
import static org.openluna.inference.image.PhotoFiles.BLUE;
import static org.openluna.inference.image.PhotoFiles.GREEN;
import static org.openluna.inference.image.PhotoFiles.RED;
import static org.openluna.inference.image.PhotoFiles.WHITE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Photos come out upright: JPEGs by their Exif Orientation when asked, TIFFs always (seed l.515). */
class PhotoOrientationTest {
    private final PhotoDecoder decoder = new PhotoDecoder(PhotoLimits.DEFAULT);

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
        assertQuadrants(image, Integer.parseInt(topLeft, 16), Integer.parseInt(topRight, 16), Integer.parseInt(bottomLeft, 16), Integer.parseInt(bottomRight, 16));
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
    }}
