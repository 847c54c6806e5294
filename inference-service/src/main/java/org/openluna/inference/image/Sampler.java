package org.openluna.inference.image;

/**
 * Cuts model inputs out of a photo: every output pixel is mapped into the photo by an {@link Affine}
 * and sampled bilinearly, averaging a small grid of taps when the map shrinks the photo (so a 1920 px
 * photo brought down to 320 px does not alias). Pixels that fall outside the photo are black, as in
 * OpenCV's warpAffine with a constant border.
 */
public final class Sampler {
    private static final int MAX_TAPS_PER_SIDE = 4;

    private Sampler() {}

    /** A planar tensor {@code [channels, outHeight, outWidth]} written into {@code into} at {@code at}. */
    public static void sample(RgbImage image, Affine outputToImage, int outWidth, int outHeight,
                              PixelScaling scaling, float[] into, int at) {
        int taps = tapsPerSide(outputToImage);
        int plane = outWidth * outHeight;
        var rgb = new float[3];
        for (int oy = 0; oy < outHeight; oy++) {
            for (int ox = 0; ox < outWidth; ox++) {
                averageAround(image, outputToImage, ox, oy, taps, rgb);
                int index = at + oy * outWidth + ox;
                if (scaling.grey()) {
                    float luma = 0.299f * rgb[0] + 0.587f * rgb[1] + 0.114f * rgb[2];
                    into[index] = luma * scaling.scale()[0] + scaling.offset()[0];
                } else {
                    for (int c = 0; c < 3; c++) {
                        into[index + c * plane] = rgb[c] * scaling.scale()[c] + scaling.offset()[c];
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
        int taps = tapsPerSide(outputToImage);
        var out = new byte[outWidth * outHeight * 3];
        var rgb = new float[3];
        for (int oy = 0; oy < outHeight; oy++) {
            for (int ox = 0; ox < outWidth; ox++) {
                averageAround(image, outputToImage, ox, oy, taps, rgb);
                int at = (oy * outWidth + ox) * 3;
                for (int c = 0; c < 3; c++) {
                    out[at + c] = (byte) Math.min(255, Math.round(rgb[c]));
                }
            }
        }
        return new RgbImage(outWidth, outHeight, out);
    }

    /** One tap per photo pixel an output pixel spans, so shrinking averages instead of skipping. */
    private static int tapsPerSide(Affine outputToImage) {
        return (int) Math.min(MAX_TAPS_PER_SIDE, Math.max(1, Math.ceil(outputToImage.stride() - 1e-6)));
    }

    private static void averageAround(RgbImage image, Affine map, int ox, int oy, int taps, float[] rgb) {
        rgb[0] = rgb[1] = rgb[2] = 0;
        for (int ty = 0; ty < taps; ty++) {
            double sy = oy + (ty + 0.5) / taps - 0.5;
            for (int tx = 0; tx < taps; tx++) {
                double sx = ox + (tx + 0.5) / taps - 0.5;
                addBilinear(image, map.x(sx, sy), map.y(sx, sy), rgb);
            }
        }
        float n = taps * taps;
        rgb[0] /= n;
        rgb[1] /= n;
        rgb[2] /= n;
    }

    private static void addBilinear(RgbImage image, double x, double y, float[] rgb) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        addWeighted(image, x0, y0, (1 - fx) * (1 - fy), rgb);
        addWeighted(image, x0 + 1, y0, fx * (1 - fy), rgb);
        addWeighted(image, x0, y0 + 1, (1 - fx) * fy, rgb);
        addWeighted(image, x0 + 1, y0 + 1, fx * fy, rgb);
    }

    private static void addWeighted(RgbImage image, int x, int y, float weight, float[] rgb) {
        if (weight == 0 || x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            return;
        }
        int at = (y * image.width() + x) * 3;
        byte[] pixels = image.rgb();
        rgb[0] += weight * (pixels[at] & 0xFF);
        rgb[1] += weight * (pixels[at + 1] & 0xFF);
        rgb[2] += weight * (pixels[at + 2] & 0xFF);
    }
}
