package org.openluna.inference.estimation;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.face.Landmarks;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * Eye state from fr_eye.onnx: for each eye a square about the mean of its four lid points, 1.6 times
 * the distance between its corners, 24x24 grey divided by 255, softmax over two classes: closed, then
 * open (getEyeBBox and predictEye of lib/fr_eye.js; the package's demo prints "Close" when the first
 * wins).
 */
public final class EyeEstimator {
    private static final int INPUT_SIZE = 24;
    private static final double PADDING = 1.6;
    private static final int OPEN = 1;
    // BT.601 luma; the JavaScript converts the canvas's RGBA "BGR to grey", weighting red and blue the
    // other way round, which on the test photos moves no eye across 0.5
    private static final PixelScaling GREY = PixelScaling.greyDividedBy(255);

    private final ModelSession model;

    public EyeEstimator(ModelSession model) {
        this.model = model;
    }

    /** Both eyes of each face, in the order of the faces. */
    public List<EyesEstimate> estimate(List<LandmarkedFace> faces) {
        var eyes = FaceBatches.run(model, 1, INPUT_SIZE, INPUT_SIZE, 2 * faces.size(), (eye, into, at) -> writeInput(faces.get(eye / 2), eye % 2 == 0, into, at));
        var estimates = new ArrayList<EyesEstimate>(faces.size());
        for (int face = 0; face < faces.size(); face++) {
            estimates.add(new EyesEstimate(eye(eyes.get(2 * face).get("output")), eye(eyes.get(2 * face + 1).get("output"))));
        }
        return estimates;
    }

    private static void writeInput(LandmarkedFace face, boolean left, float[] into, int at) {
        var photo = face.photo();
        var crop = eyeSquare(face.landmarks(), left, photo.width(), photo.height());
        Sampler.sample(photo, crop.toGrid(INPUT_SIZE, INPUT_SIZE), INPUT_SIZE, INPUT_SIZE, GREY, into, at);
    }

    /** getEyeBBox of lib/fr_eye.js: points 36-41 are the left eye of the photo, 42-47 the right. */
    static CropRect eyeSquare(Landmarks points, boolean left, int photoWidth, int photoHeight) {
        int first = left ? 36 : 42;
        int centreX = (int) ((points.x(first + 1) + points.x(first + 2) + points.x(first + 4) + points.x(first + 5)) / 4);
        int centreY = (int) ((points.y(first + 1) + points.y(first + 2) + points.y(first + 4) + points.y(first + 5)) / 4);
        int size = (int) ((points.x(first + 3) - points.x(first)) * PADDING);
        return CropRect.squareAbout(centreX, centreY, Math.max(1, size), photoWidth, photoHeight);
    }

    private static EyeEstimate eye(float[] scores) {
        return new EyeEstimate(Math.clamp(Softmax.of(scores, 0, 2)[OPEN], 0f, 1f));
    }
}
