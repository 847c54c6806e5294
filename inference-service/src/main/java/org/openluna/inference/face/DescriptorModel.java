package org.openluna.inference.face;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * The face descriptor model ({@code fr_feature.onnx}): a face aligned to the 112x112 ArcFace template,
 * RGB scaled to (x-127)/128, out comes a 512-D vector, which we L2-normalise.
 */
public final class DescriptorModel {
    public static final int DIMENSIONS = 512;
    private static final int SIDE = FaceAlignment.DESCRIPTOR_SIDE;
    private static final PixelScaling SCALING = PixelScaling.rgb(127, 128);

    private final ModelSession model;

    public DescriptorModel(ModelSession model) {
        this.model = model;
    }

    /** One aligned face to describe: a picture and the map from the 112x112 grid into it. */
    public record AlignedFace(RgbImage picture, Affine gridToPicture) {

        /** A face already aligned in a square picture (a stored sample) of any size. */
        public static AlignedFace ofSample(RgbImage sample) {
            return new AlignedFace(sample, Affine.fromGridToRect(SIDE, SIDE, 0, 0, sample.width(), sample.height()));
        }

        public static AlignedFace inPhoto(RgbImage photo, Landmarks landmarks) {
            return inPhoto(photo, landmarks.fivePoints());
        }

        /** The face whose five points (eyes, nose tip, mouth corners) lie where {@code fivePoints} says. */
        public static AlignedFace inPhoto(RgbImage photo, float[] fivePoints) {
            return new AlignedFace(photo, FaceAlignment.squareToPhoto(fivePoints, SIDE));
        }
    }

    public List<float[]> describe(List<AlignedFace> faces) {
        var inputs = new ArrayList<float[]>(faces.size());
        for (var face : faces) {
            inputs.add(Sampler.sample(face.picture(), face.gridToPicture(), SIDE, SIDE, SCALING));
        }
        var described = new ArrayList<float[]>(faces.size());
        for (var output : model.run(inputs)) {
            described.add(normalised(output.values().iterator().next()));
        }
        return described;
    }

    private static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float inverse = sum > 0 ? (float) (1 / Math.sqrt(sum)) : 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= inverse;
        }
        return vector;
    }
}
