package org.openluna.inference.estimation;

import java.util.List;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.runtime.ModelSession;

/**
 * Liveness from fr_liveness.onnx, a MiniFASNet-like anti-spoofing model: 2.7 times the detector's box
 * about its centre (the context around the head shows a print's or a screen's edges), 128x128, raw
 * 0-255 values, softmax over three classes of which the first is "real" (lib/fr_liveness.js returns
 * it; the package's demo calls a face "Fake" below 0.3 of it). The other two are kinds of spoof the
 * package does not name.
 */
public final class LivenessEstimator {
    private static final int INPUT_SIZE = 128;
    private static final double CROP_SCALE = 2.7;
    private static final int CLASSES = 3;
    private static final int REAL = 0;
    /**
     * The JavaScript feeds R,G,B; the model answers as if trained on B,G,R (OpenCV in Python, as the
     * MiniFASNet code it resembles reads images). Of the 22 faces of the six test photos, people
     * photographed directly, B,G,R scores 19 at 0.5 or more (18 above 0.8); R,G,B scores 14, and calls
     * the man of the face-api webcam screenshot a spoof (0.02, against 0.92).
     */
    private static final ChannelOrder ORDER = ChannelOrder.BGR;
    private static final PixelScaling RAW = PixelScaling.rgb(0, 1);

    private final ModelSession model;

    public LivenessEstimator(ModelSession model) {
        this.model = model;
    }

    /** One estimate per face, in the order of the faces. */
    public List<LivenessEstimate> estimate(List<FaceInPhoto> faces) {
        return FaceBatches.run(model, 3, INPUT_SIZE, INPUT_SIZE, faces.size(), (face, into, at) -> writeInput(faces.get(face), into, at))
                .stream()
                .map(outputs -> new LivenessEstimate(Math.clamp(Softmax.of(outputs.get("output"), 0, CLASSES)[REAL], 0f, 1f)))
                .toList();
    }

    private static void writeInput(FaceInPhoto face, float[] into, int at) {
        var photo = face.photo();
        var crop = CropRect.scaledAboutCentre(face.box(), CROP_SCALE, photo.width(), photo.height());
        ORDER.sample(photo, crop.toGrid(INPUT_SIZE, INPUT_SIZE), INPUT_SIZE, INPUT_SIZE, RAW, into, at);
    }
}
