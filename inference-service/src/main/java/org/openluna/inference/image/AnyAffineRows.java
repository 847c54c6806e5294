package org.openluna.inference.image;

/**
 * Sampling through any map, rotations included (the alignment warps): each output pixel averages a
 * grid of taps x taps bilinear samples spread over its footprint.
 */
final class AnyAffineRows implements OutputRows {
    private final byte[] pixels;
    private final int width;
    private final int height;
    private final Affine map;
    private final int outWidth;
    private final int taps;
    private final double[] tapX;
    private final double[] tapY;

    AnyAffineRows(RgbImage image, Affine map, int outWidth, int taps) {
        this.pixels = image.rgb();
        this.width = image.width();
        this.height = image.height();
        this.map = map;
        this.outWidth = outWidth;
        this.taps = taps;
        this.tapX = new double[taps * taps];
        this.tapY = new double[taps * taps];
    }

    @Override
    public void row(int oy, float[] rgb) {
        // where each tap of the row's first pixel lands; the next pixel's taps are one step (a, d) further
        for (int ty = 0, t = 0; ty < taps; ty++) {
            double sy = oy + (ty + 0.5) / taps - 0.5;
            for (int tx = 0; tx < taps; tx++, t++) {
                double sx = (tx + 0.5) / taps - 0.5;
                tapX[t] = map.x(sx, sy);
                tapY[t] = map.y(sx, sy);
            }
        }
        float share = 1f / (taps * taps);
        for (int ox = 0; ox < outWidth; ox++) {
            float r = 0;
            float g = 0;
            float b = 0;
            for (int t = 0; t < tapX.length; t++) {
                double x = tapX[t] + map.a() * ox;
                double y = tapY[t] + map.d() * ox;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                float fx = (float) (x - x0);
                float fy = (float) (y - y0);
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
                    int at = (y0 * width + x0) * 3;
                    int below = at + width * 3;
                    float w00 = (1 - fx) * (1 - fy);
                    float w10 = fx * (1 - fy);
                    float w01 = (1 - fx) * fy;
                    float w11 = fx * fy;
                    r += w00 * (pixels[at] & 0xFF) + w10 * (pixels[at + 3] & 0xFF) + w01 * (pixels[below] & 0xFF) + w11 * (pixels[below + 3] & 0xFF);
                    g += w00 * (pixels[at + 1] & 0xFF) + w10 * (pixels[at + 4] & 0xFF) + w01 * (pixels[below + 1] & 0xFF) + w11 * (pixels[below + 4] & 0xFF);
                    b += w00 * (pixels[at + 2] & 0xFF) + w10 * (pixels[at + 5] & 0xFF) + w01 * (pixels[below + 2] & 0xFF) + w11 * (pixels[below + 5] & 0xFF);
                } else {
                    // near or past the border: each corner on its own, those outside are black
                    for (int k = 0; k < 4; k++) {
                        int px = x0 + (k & 1);
                        int py = y0 + (k >> 1);
                        if (px >= 0 && py >= 0 && px < width && py < height) {
                            float weight = ((k & 1) == 0 ? 1 - fx : fx) * ((k >> 1) == 0 ? 1 - fy : fy);
                            int at = (py * width + px) * 3;
                            r += weight * (pixels[at] & 0xFF);
                            g += weight * (pixels[at + 1] & 0xFF);
                            b += weight * (pixels[at + 2] & 0xFF);
                        }
                    }
                }
            }
            rgb[3 * ox] = r * share;
            rgb[3 * ox + 1] = g * share;
            rgb[3 * ox + 2] = b * share;
        }
    }
}
