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
        float[] weights = columns.weights;
        for (int ox = 0, kernel = 0; ox < outWidth; ox++, kernel += span) {
            float r = 0;
            float g = 0;
            float b = 0;
            int at = columns.first[ox];
            if (span == 3 && at >= 0) {
                // the common case (a shrink below two at the level read): three consecutive pixels
                at += offset;
                float w0 = weights[kernel];
                float w1 = weights[kernel + 1];
                float w2 = weights[kernel + 2];
                r = w0 * (pixels[at] & 0xFF) + w1 * (pixels[at + 3] & 0xFF) + w2 * (pixels[at + 6] & 0xFF);
                g = w0 * (pixels[at + 1] & 0xFF) + w1 * (pixels[at + 4] & 0xFF) + w2 * (pixels[at + 7] & 0xFF);
                b = w0 * (pixels[at + 2] & 0xFF) + w1 * (pixels[at + 5] & 0xFF) + w2 * (pixels[at + 8] & 0xFF);
            } else {
                for (int i = kernel; i < kernel + span; i++) {
                    float w = weights[i];
                    int pixel = offset + columns.offsets[i];
                    r += w * (pixels[pixel] & 0xFF);
                    g += w * (pixels[pixel + 1] & 0xFF);
                    b += w * (pixels[pixel + 2] & 0xFF);
                }
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
        /** Where each window of consecutive pixels starts, or -1 when the image is narrower than a window. */
        final int[] first;

        private Kernels(int span, int count) {
            this.span = span;
            this.first = new int[count];
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
                int lowest = (int) Math.floor(scale * (o + 0.5 / taps - 0.5) + shift);
                // the window of span pixels is kept inside the image where it fits, so that its pixels
                // are consecutive in memory; pixels outside the image get no weight wherever it lies
                int first = size >= span ? Math.clamp(lowest, 0, size - span) : lowest;
                int base = o * span;
                for (int t = 0; t < taps; t++) {
                    double position = scale * (o + (t + 0.5) / taps - 0.5) + shift;
                    int left = (int) Math.floor(position);
                    float fraction = (float) (position - left);
                    kernels.add(base + left - first, left, (1 - fraction) * share, size);
                    kernels.add(base + left + 1 - first, left + 1, fraction * share, size);
                }
                kernels.first[o] = first >= 0 && first + span <= size ? first * stride : -1;
                for (int i = 0; i < span; i++) {
                    int pixel = first + i;
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
