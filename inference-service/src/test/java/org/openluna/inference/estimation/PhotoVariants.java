package org.openluna.inference.estimation;

import org.openluna.inference.image.RgbImage;

/** Edited copies of a photo for the quality tests: blurred, darker or brighter, shaded on one side. */
final class PhotoVariants {

    private PhotoVariants() {}

    /** Three passes of a (2r+1)-wide box blur in each direction, close to a Gaussian of sigma 1.2 r. */
    static RgbImage blurred(RgbImage photo, int radius) {
        var pixels = photo.rgb().clone();
        for (int pass = 0; pass < 3; pass++) {
            pixels = boxBlur(pixels, photo.width(), photo.height(), radius, true);
            pixels = boxBlur(pixels, photo.width(), photo.height(), radius, false);
        }
        return new RgbImage(photo.width(), photo.height(), pixels);
    }

    /** Every channel times {@code factor}, clipped at 255. */
    static RgbImage exposed(RgbImage photo, double factor) {
        var pixels = photo.rgb().clone();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.min(255, Math.round((pixels[i] & 0xFF) * factor));
        }
        return new RgbImage(photo.width(), photo.height(), pixels);
    }

    /** The part of the photo right of column {@code fromX} times {@code factor}, as a light from the left would leave it. */
    static RgbImage shadedRightOf(RgbImage photo, int fromX, double factor) {
        var pixels = photo.rgb().clone();
        for (int y = 0; y < photo.height(); y++) {
            for (int x = Math.max(0, fromX); x < photo.width(); x++) {
                int at = (y * photo.width() + x) * 3;
                for (int c = 0; c < 3; c++) {
                    pixels[at + c] = (byte) Math.round((pixels[at + c] & 0xFF) * factor);
                }
            }
        }
        return new RgbImage(photo.width(), photo.height(), pixels);
    }

    private static byte[] boxBlur(byte[] in, int width, int height, int radius, boolean horizontal) {
        var out = new byte[in.length];
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        var sums = new int[3];
        for (int line = 0; line < lines; line++) {
            for (int pos = 0; pos < length; pos++) {
                sums[0] = sums[1] = sums[2] = 0;
                int count = 0;
                for (int k = Math.max(0, pos - radius); k <= Math.min(length - 1, pos + radius); k++) {
                    int at = index(horizontal, line, k, width);
                    for (int c = 0; c < 3; c++) {
                        sums[c] += in[at + c] & 0xFF;
                    }
                    count++;
                }
                int to = index(horizontal, line, pos, width);
                for (int c = 0; c < 3; c++) {
                    out[to + c] = (byte) Math.round((float) sums[c] / count);
                }
            }
        }
        return out;
    }

    private static int index(boolean horizontal, int line, int pos, int width) {
        return horizontal ? (line * width + pos) * 3 : (pos * width + line) * 3;
    }
}
