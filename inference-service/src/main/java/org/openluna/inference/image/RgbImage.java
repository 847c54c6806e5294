package org.openluna.inference.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;

/**
 * A decoded photo as interleaved 8-bit RGB, row after row: the one picture type every model input is
 * cut from. The array is shared, not copied: treat it as read-only once the image is built.
 *
 * <p>The image also keeps, once asked for, its half-size version (each pixel the mean of a 2x2 block),
 * and that one its own, so that cutting many small model inputs out of one big photo averages
 * each block of pixels once instead of once per input.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;
    private volatile RgbImage half;

    public RgbImage(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, got " + width + "x" + height);
        }
        Objects.requireNonNull(rgb, "rgb");
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes of RGB, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** The pixels of a decoded picture, read from its raster's arrays where the layout allows. */
    public static RgbImage of(BufferedImage image) {
        return RasterToRgb.copyOf(image);
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The pixels, shared: read, never write. */
    public byte[] rgb() { return rgb; }

    /** A copy as Java2D's own 8-bit layout, which the image writers take without a conversion pass. */
    public BufferedImage toBufferedImage() {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        return image;
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of the pixel at column x, row y, as 0..255. */
    public int channel(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xFF;
    }

    /**
     * The image at half the size, rounded up; pixel (i, j) is the rounded mean of the block
     * (2i..2i+1, 2j..2j+1), so its centre sits at (2i + 0.5, 2j + 0.5) here. A block cut by the
     * right or bottom edge averages the pixels it has. Built once, on first use, by whichever
     * thread asks first.
     */
    public RgbImage half() {
        var result = half;
        if (result == null) {
            synchronized (this) {
                result = half;
                if (result == null) {
                    result = halved();
                    half = result;
                }
            }
        }
        return result;
    }

    private RgbImage halved() {
        int halfWidth = (width + 1) / 2;
        int halfHeight = (height + 1) / 2;
        var out = new byte[halfWidth * halfHeight * 3];
        int whole = width / 2;   // blocks with two columns; an odd width leaves one block of one
        for (int j = 0; j < halfHeight; j++) {
            int top = 2 * j * width * 3;
            int bottom = Math.min(2 * j + 1, height - 1) * width * 3;
            int at = j * halfWidth * 3;
            for (int i = 0; i < whole; i++, top += 6, bottom += 6, at += 3) {
                for (int c = 0; c < 3; c++) {
                    int sum = (rgb[top + c] & 0xFF) + (rgb[top + 3 + c] & 0xFF) + (rgb[bottom + c] & 0xFF) + (rgb[bottom + 3 + c] & 0xFF);
                    out[at + c] = (byte) ((sum + 2) >> 2);
                }
            }
            if (whole < halfWidth) {
                for (int c = 0; c < 3; c++) {
                    out[at + c] = (byte) (((rgb[top + c] & 0xFF) + (rgb[bottom + c] & 0xFF) + 1) >> 1);
                }
            }
        }
        return new RgbImage(halfWidth, halfHeight, out);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
