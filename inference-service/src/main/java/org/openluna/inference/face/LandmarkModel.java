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
