package org.openluna.inference.estimation;

import java.util.EnumMap;
import java.util.List;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.runtime.ModelSession;

/**
 * Emotions from fr_expression.onnx: from the box's top-left corner 1.2 times its width and height,
 * 224x224, R,G,B divided by 255, softmax over seven outputs (lib/fr_expression.js).
 */
public final class EmotionEstimator {
    private static final int INPUT_SIZE = 224;
    private static final double CROP_SCALE = 1.2;
    /**
     * R,G,B as the JavaScript feeds it. In B,G,R four clearly smiling faces of the test photos come out
     * as sadness or anger; in R,G,B happiness is first on 20 of the 22 faces, every smiling one among them.
     */
    private static final ChannelOrder ORDER = ChannelOrder.RGB;

    private final ModelSession model;

    public EmotionEstimator(ModelSession model) {
        this.model = model;
    }

    /** One estimate per face, in the order of the faces. */
    public List<EmotionEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, INPUT_SIZE, INPUT_SIZE, faces.size(), (face, into, at) -> writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> emotions(outputs.get("output")))
                .toList();
    }

    private static void writeInput(FaceInPhoto face, float[] into, int at) {
        var photo = face.photo();
        var crop = CropRect.fromCorner(face.box(), CROP_SCALE, photo.width(), photo.height());
        ORDER.sample(photo, crop.toGrid(INPUT_SIZE, INPUT_SIZE), INPUT_SIZE, INPUT_SIZE, PixelScaling.rgb(0, 255), into, at);
    }

    private static EmotionEstimate emotions(float[] scores) {
        Emotion[] outputOrder = Emotion.values();
        float[] probability = Softmax.of(scores, 0, outputOrder.length);
        var byEmotion = new EnumMap<Emotion, Float>(Emotion.class);
        for (int i = 0; i < outputOrder.length; i++) {
            byEmotion.put(outputOrder[i], probability[i]);
        }
        return new EmotionEstimate(byEmotion);
    }
}
