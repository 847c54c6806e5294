package org.openluna.inference.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A decoded photo as interleaved 8-bit RGB, row after row: the one picture type every model input is
 * cut from. The array is shared, not copied: treat it as read-only once the image is built.
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, got " + width + "x" + height);
        }
        Objects.requireNonNull(rgb, "rgb");
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes of RGB, got " + rgb.length);
        }
    }

    /** The pixels of a decoded picture, read from its raster's arrays where the layout allows. */
    public static RgbImage of(BufferedImage image) {
        return RasterToRgb.copyOf(image);
    }

    public BufferedImage toBufferedImage() {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var row = new int[width];
        for (int y = 0; y < height; y++) {
            int at = y * width * 3;
            for (int x = 0; x < width; x++) {
                row[x] = (rgb[at++] & 0xFF) << 16 | (rgb[at++] & 0xFF) << 8 | (rgb[at++] & 0xFF);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of the pixel at column x, row y, as 0..255. */
    public int channel(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xFF;
    }
}
