package org.openluna.inference.face;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * The 68-point landmark model ({@code fr_landmark.onnx}): the face box resized to a 64x64 grey
 * picture scaled by 1/256, out come 136 coordinates relative to the box.
 */
public final class LandmarkModel {
    private static final int SIDE = 64;
    private static final PixelScaling SCALING = PixelScaling.greyDividedBy(256);

    private final ModelSession model;

    public LandmarkModel(ModelSession model) {
        this.model = model;
    }

    // the box sizes the points are averaged over, as fractions of the detector's box
    private static final double[] STEADY_SCALES = {0.94, 1, 1.06};

    /**
     * The 68 points of each face, averaged over the boxes of {@link #STEADY_SCALES} about the
     * detector's: the model's points move with the box framing the face, and the eye model reads a
     * 24 px crop about them, where a few pixels turn an open eye closed (one eye of sample6 read
     * 0.38 open in one framing and 1.0 in the others).
     */
    public List<Landmarks> locateSteadily(RgbImage photo, List<FaceBox> boxes) {
        var framings = new ArrayList<FaceBox>(boxes.size() * STEADY_SCALES.length);
        for (var b : boxes) {
            for (double scale : STEADY_SCALES) {
                float cx = (b.x1() + b.x2()) / 2;
                float cy = (b.y1() + b.y2()) / 2;
                float w = (float) (b.width() * scale / 2);
                float h = (float) (b.height() * scale / 2);
                framings.add(new FaceBox(cx - w, cy - h, cx + w, cy + h, b.score()));
            }
        }
        var located = locate(photo, framings);
        var averaged = new ArrayList<Landmarks>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            var xy = new float[136];
            for (int k = 0; k < STEADY_SCALES.length; k++) {
                var one = located.get(i * STEADY_SCALES.length + k).xy();
                for (int c = 0; c < xy.length; c++) {
                    xy[c] += one[c] / STEADY_SCALES.length;
                }
            }
            averaged.add(new Landmarks(xy));
        }
        return averaged;
    }

    public List<Landmarks> locate(RgbImage photo, List<FaceBox> boxes) {
        var inputs = new ArrayList<float[]>(boxes.size());
        for (var b : boxes) {
            inputs.add(Sampler.sample(photo, Affine.fromGridToRect(SIDE, SIDE, b.x1(), b.y1(), b.width(), b.height()), SIDE, SIDE, SCALING));
        }
        var outputs = model.run(inputs);
        var located = new ArrayList<Landmarks>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            var b = boxes.get(i);
            float[] output = outputs.get(i).values().iterator().next();
            var xy = new float[136];
            for (int k = 0; k < 68; k++) {
                xy[2 * k] = b.x1() + output[2 * k] * b.width();
                xy[2 * k + 1] = b.y1() + output[2 * k + 1] * b.height();
            }
            located.add(new Landmarks(xy));
        }
        return located;
    }
}
