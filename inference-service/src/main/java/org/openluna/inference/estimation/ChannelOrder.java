package org.openluna.inference.estimation;

import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;

/**
 * The order of the colour planes a model was trained on. The package's JavaScript feeds most models
 * the canvas's R,G,B, yet several of them answer sensibly only when given B,G,R, the order of OpenCV
 * in Python where they were presumably trained; each estimator names the order it uses and the
 * measurement behind it.
 */
public enum ChannelOrder {
    RGB,
    BGR;

    /**
     * A planar {@code [3, outHeight, outWidth]} input in this order, written into {@code into} at
     * {@code at}. The scaling's channel {@code c} applies to the model's plane {@code c}, whichever
     * colour lies there, as the package's JavaScript applies the "R" mean to plane 0.
     */
    public void sample(RgbImage photo, Affine outputToPhoto, int outWidth, int outHeight, PixelScaling scaling,
                float[] into, int at) {
        if (this == RGB) {
            Sampler.sample(photo, outputToPhoto, outWidth, outHeight, scaling, into, at);
            return;
        }
        int plane = outWidth * outHeight;
        var rgb = Sampler.sample(photo, outputToPhoto, outWidth, outHeight, PixelScaling.rgb(0, 1));
        for (int c = 0; c < 3; c++) {
            int from = (2 - c) * plane;
            int to = at + c * plane;
            float scale = scaling.scale()[c];
            float offset = scaling.offset()[c];
            for (int i = 0; i < plane; i++) {
                into[to + i] = rgb[from + i] * scale + offset;
            }
        }
    }
}
