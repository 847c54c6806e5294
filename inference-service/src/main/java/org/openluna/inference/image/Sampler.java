package org.openluna.inference.image;

/**
 * Cuts model inputs out of a photo: every output pixel is mapped into the photo by an {@link Affine}
 * and sampled bilinearly, averaging a small grid of taps when the map shrinks the photo (so a 1920 px
 * photo brought down to 320 px does not alias). Pixels that fall outside the photo are black, as in
 * OpenCV's warpAffine with a constant border.
 *
 * <p>A map that shrinks by two or more reads from the photo's half-size versions ({@link RgbImage#half})
 * until one output pixel spans less than two of their pixels, so no output pixel needs more than
 * 2x2 taps however far the photo is shrunk: the box average of the half-size images does the rest
 * of the anti-aliasing, once per photo instead of once per model input.
 */
public final class Sampler {
    private static final int MAX_TAPS_PER_SIDE = 4;

    private Sampler() {}

    /** A planar tensor {@code [channels, outHeight, outWidth]} written into {@code into} at {@code at}. */
    public static void sample(RgbImage image, Affine outputToImage, int outWidth, int outHeight,
                              PixelScaling scaling, float[] into, int at) {
        var rows = rowsOf(image, outputToImage, outWidth, outHeight);
        int plane = outWidth * outHeight;
        var rgb = new float[3 * outWidth];
        float[] scale = scaling.scale();
        float[] offset = scaling.offset();
        for (int oy = 0; oy < outHeight; oy++) {
            rows.row(oy, rgb);
            int index = at + oy * outWidth;
            if (scaling.grey()) {
                for (int ox = 0; ox < outWidth; ox++) {
                    float luma = 0.299f * rgb[3 * ox] + 0.587f * rgb[3 * ox + 1] + 0.114f * rgb[3 * ox + 2];
                    into[index + ox] = luma * scale[0] + offset[0];
                }
            } else {
                for (int c = 0; c < 3; c++) {
                    int channel = index + c * plane;
                    for (int ox = 0; ox < outWidth; ox++) {
                        into[channel + ox] = rgb[3 * ox + c] * scale[c] + offset[c];
                    }
                }
            }
        }
    }

    public static float[] sample(RgbImage image, Affine outputToImage, int outWidth, int outHeight, PixelScaling scaling) {
        var tensor = new float[scaling.channels() * outWidth * outHeight];
        sample(image, outputToImage, outWidth, outHeight, scaling, tensor, 0);
        return tensor;
    }

    /** An RGB image of the output grid, for samples that are stored rather than fed to a model. */
    public static RgbImage warp(RgbImage image, Affine outputToImage, int outWidth, int outHeight) {
        var rows = rowsOf(image, outputToImage, outWidth, outHeight);
        var out = new byte[outWidth * outHeight * 3];
        var rgb = new float[3 * outWidth];
        for (int oy = 0; oy < outHeight; oy++) {
            rows.row(oy, rgb);
            int at = oy * outWidth * 3;
            for (int i = 0; i < rgb.length; i++) {
                out[at + i] = (byte) Math.min(255, Math.round(rgb[i]));
            }
        }
        return new RgbImage(outWidth, outHeight, out);
    }

    /** The rows of the output, read from the smallest half-size image that still has a pixel per tap. */
    private static OutputRows rowsOf(RgbImage image, Affine outputToImage, int outWidth, int outHeight) {
        RgbImage source = image;
        Affine map = outputToImage;
        while (map.stride() >= 2 && (source.width() > 1 || source.height() > 1)) {
            source = source.half();
            map = map.ontoHalf();
        }
        int taps = (int) Math.min(MAX_TAPS_PER_SIDE, Math.max(1, Math.ceil(map.stride() - 1e-6)));
        return map.b() == 0 && map.d() == 0 && map.a() > 0 && map.e() > 0
                ? new AxisAlignedRows(source, map, outWidth, outHeight, taps)
                : new AnyAffineRows(source, map, outWidth, taps);
    }
}
