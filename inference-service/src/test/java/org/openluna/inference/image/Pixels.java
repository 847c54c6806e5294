package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/** Reading and checking pixels of a decoded photo in the decoder's tests. */
final class Pixels {

    private Pixels() {
    }

    static int[] pixel(RgbImage image, int x, int y) {
        return new int[] {image.channel(x, y, 0), image.channel(x, y, 1), image.channel(x, y, 2)};
    }

    static int[] unsigned(byte[] bytes) {
        var values = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i] & 0xFF;
        }
        return values;
    }

    /** Each quadrant's centre within JPEG's error of the expected colour (0xRRGGBB). */
    static void assertQuadrants(RgbImage image, int topLeft, int topRight, int bottomLeft, int bottomRight) {
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
}
