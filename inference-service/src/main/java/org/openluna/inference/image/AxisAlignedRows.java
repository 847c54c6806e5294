package org.openluna.inference.image;

import java.util.Arrays;

/**
 * Sampling through a map that only scales and shifts (detector tiles, landmark crops): the taps x taps
 * bilinear samples of an output pixel then add up to one small kernel per column times one per row,
 * each worked out once instead of once per pixel, and applied in two passes: each source row the
 * output needs is filtered across once (kept in a ring of as many rows as a row kernel spans),
 * then the output row is a weighted sum of those. Outside the image a kernel's weight is zero,
 * which is the black border.
 */
final class AxisAlignedRows implements OutputRows {
    private final byte[] pixels;
    private final int outWidth;
    private final Kernels columns;
    private final Kernels rows;
    private final float[][] filtered;
    private final int[] filteredRow;

    AxisAlignedRows(RgbImage image, Affine map, int outWidth, int outHeight, int taps) {
        this.pixels = image.rgb();
        this.outWidth = outWidth;
        this.columns = Kernels.along(map.a(), map.c(), outWidth, taps, image.width(), 3);
        this.rows = Kernels.along(map.e(), map.f(), outHeight, taps, image.height(), image.width() * 3);
        this.filtered = new float[rows.span][3 * outWidth];
        this.filteredRow = new int[rows.span];
        Arrays.fill(filteredRow, -1);
    }

    @Override
    public void row(int oy, float[] rgb) {
        Arrays.fill(rgb, 0, 3 * outWidth, 0f);
        for (int k = oy * rows.span; k < (oy + 1) * rows.span; k++) {
            float weight = rows.weights[k];
            if (weight == 0) {
                continue;
            }
            float[] across = across(rows.offsets[k]);
            for (int i = 0; i < 3 * outWidth; i++) {
                rgb[i] += weight * across[i];
            }
        }
    }

    /** The source row at {@code offset} filtered by the column kernels, computed once while the output passes over it. */
    private float[] across(int offset) {
        int slot = (offset / 3) % filtered.length;   // the rows one output row needs are consecutive, so they never share a slot
        float[] across = filtered[slot];
        if (filteredRow[slot] == offset) {
            return across;
        }
        int span = columns.span;
        for (int ox = 0, kernel = 0; ox < outWidth; ox++, kernel += span) {
            float r = 0;
            float g = 0;
            float b = 0;
            for (int i = kernel; i < kernel + span; i++) {
                float w = columns.weights[i];
                int at = offset + columns.offsets[i];
                r += w * (pixels[at] & 0xFF);
                g += w * (pixels[at + 1] & 0xFF);
                b += w * (pixels[at + 2] & 0xFF);
            }
            across[3 * ox] = r;
            across[3 * ox + 1] = g;
            across[3 * ox + 2] = b;
        }
        filteredRow[slot] = offset;
        return across;
    }

    /**
     * For each output position along one axis, the {@code span} source pixels its taps touch (as
     * offsets into the pixel array) and the weight of each, already divided by the number of taps.
     */
    private static final class Kernels {
        final int span;
        final int[] offsets;
        final float[] weights;

        private Kernels(int span, int count) {
            this.span = span;
            this.offsets = new int[span * count];
            this.weights = new float[span * count];
        }

        /** The kernels of output positions 0..count-1 under {@code source = scale * output + shift}, pixels {@code stride} apart. */
        static Kernels along(double scale, double shift, int count, int taps, int size, int stride) {
            // the taps of one output lie within scale * (1 - 1/taps) of each other, and each reads two neighbours
            int span = (int) Math.ceil(scale * (1 - 1.0 / taps)) + 2;
            var kernels = new Kernels(span, count);
            float share = 1f / taps;
            for (int o = 0; o < count; o++) {
                int first = (int) Math.floor(scale * (o + 0.5 / taps - 0.5) + shift);
                int base = o * span;
                for (int t = 0; t < taps; t++) {
                    double position = scale * (o + (t + 0.5) / taps - 0.5) + shift;
                    int left = (int) Math.floor(position);
                    float fraction = (float) (position - left);
                    kernels.add(base + left - first, left, (1 - fraction) * share, size);
                    kernels.add(base + left + 1 - first, left + 1, fraction * share, size);
                }
                for (int i = 0; i < span; i++) {
                    int pixel = first + i;
                    // a pixel outside the image has weight 0; any valid offset does for it
                    kernels.offsets[base + i] = pixel >= 0 && pixel < size ? pixel * stride : 0;
                }
            }
            return kernels;
        }

        private void add(int slot, int pixel, float weight, int size) {
            if (pixel >= 0 && pixel < size) {
                weights[slot] += weight;
            }
        }
    }
}
