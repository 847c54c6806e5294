package org.openluna.inference.image;

/**
 * How a model wants its pixels: each 0..255 channel value v becomes {@code v * scale[c] + offset[c]},
 * in RGB order, or one grey plane (ITU-R BT.601 luma) when {@link #grey} is set.
 */
public record PixelScaling(boolean grey, float[] scale, float[] offset) {

    /** {@code (v - mean) / divisor} on every channel. */
    public static PixelScaling rgb(float mean, float divisor) {
        return new PixelScaling(false, new float[] {1 / divisor, 1 / divisor, 1 / divisor},
                new float[] {-mean / divisor, -mean / divisor, -mean / divisor});
    }

    /** The ImageNet statistics: {@code (v/255 - mean[c]) / std[c]}. */
    public static PixelScaling imageNet() {
        float[] mean = {0.485f, 0.456f, 0.406f};
        float[] std = {0.229f, 0.224f, 0.225f};
        var scale = new float[3];
        var offset = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1 / (255f * std[c]);
            offset[c] = -mean[c] / std[c];
        }
        return new PixelScaling(false, scale, offset);
    }

    public static PixelScaling greyDividedBy(float divisor) {
        return new PixelScaling(true, new float[] {1 / divisor}, new float[] {0});
    }

    public int channels() {
        return grey ? 1 : 3;
    }
}
