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
            return new AlignedFace(photo, FaceAlignment.squareToPhoto(landmarks, SIDE));
        }
    }

    public List<float[]> describe(List<AlignedFace> faces) {
        return model.inBatches(faces, this::run);
    }

    private List<float[]> run(List<AlignedFace> faces) {
        int plane = 3 * SIDE * SIDE;
        var input = new float[faces.size() * plane];
        for (int i = 0; i < faces.size(); i++) {
            Sampler.sample(faces.get(i).picture(), faces.get(i).gridToPicture(), SIDE, SIDE, SCALING, input, i * plane);
        }
        float[] output = model.run(input, faces.size(), 3, SIDE, SIDE).values().iterator().next();
        var described = new ArrayList<float[]>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            var vector = new float[DIMENSIONS];
            System.arraycopy(output, i * DIMENSIONS, vector, 0, DIMENSIONS);
            described.add(normalised(vector));
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
