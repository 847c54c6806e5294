package org.openluna.inference.estimation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import org.openluna.inference.face.Landmarks;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * A minimal call of fr_landmark.onnx for the eye tests, as lib/fr_landmark.js makes it: the box (scale
 * 1, moved inside the photo) as a 64x64 grey crop divided by 256, and 68 points normalised to the box.
 * The service's own landmark stage lives elsewhere; this only gives the eye estimator real points.
 */
final class TestLandmarks implements AutoCloseable {
    private final ModelSession model;

    TestLandmarks(Path modelFile) {
        model = new ModelSession(OrtEnvironment.getEnvironment(), modelFile, new OrtSession.SessionOptions());
    }

    Landmarks of(FaceInPhoto face) {
        var photo = face.photo();
        var box = face.box();
        var crop = CropRect.scaledAboutCentre(box, 1.0, photo.width(), photo.height());
        var input = Sampler.sample(photo, crop.toGrid(64, 64), 64, 64, PixelScaling.greyDividedBy(256));
        float[] points = model.run(input, 1, 1, 64, 64).get("output");
        int x1 = (int) box.x1();
        int y1 = (int) box.y1();
        int width = Math.abs((int) box.x2() - x1);
        int height = Math.abs((int) box.y2() - y1);
        var xy = new float[136];
        for (int i = 0; i < 136; i += 2) {
            xy[i] = points[i] * width + x1;
            xy[i + 1] = points[i + 1] * height + y1;
        }
        return new Landmarks(xy);
    }

    @Override
    public void close() {
        model.close();
    }
}
