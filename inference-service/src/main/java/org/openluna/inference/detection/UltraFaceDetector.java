package org.openluna.inference.detection;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The UltraFace RFB-320 detector ({@code fr_detect.onnx}): a 320x240 RGB input scaled to
 * (x-127)/128, and for each of 4,420 anchors a face score and a box already decoded to coordinates
 * normalised to the input. Owns its ONNX session; close it at shutdown.
 */
public final class UltraFaceDetector implements AutoCloseable {
    static final int INPUT_WIDTH = 320;
    static final int INPUT_HEIGHT = 240;
    // the package's own post-processing (lib/fr_detect.js) uses 0.65 and 0.4
    static final float MIN_SCORE = 0.65f;
    static final float MAX_OVERLAP = 0.4f;

    private final OrtEnvironment environment;
    private final OrtSession session;

    public UltraFaceDetector(OrtEnvironment environment, Path model, OrtSession.SessionOptions options) throws OrtException {
        this.environment = environment;
        this.session = environment.createSession(model.toString(), options);
    }

    /** Faces in the whole photo at the detector's one scale. */
    public List<FaceBox> detect(BufferedImage photo) throws OrtException {
        return NonMaximumSuppression.suppress(detectIn(photo, 0, 0, photo.getWidth(), photo.getHeight()), MAX_OVERLAP);
    }

    /** Raw detections in a region of the photo, in the photo's pixel coordinates, before suppression. */
    List<FaceBox> detectIn(BufferedImage photo, int left, int top, int width, int height) throws OrtException {
        var input = toInput(photo, left, top, width, height);
        try (var tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), new long[] {1, 3, INPUT_HEIGHT, INPUT_WIDTH});
             var result = session.run(Map.of("input", tensor))) {
            float[][] scores = ((float[][][]) result.get("scores").orElseThrow().getValue())[0];
            float[][] boxes = ((float[][][]) result.get("boxes").orElseThrow().getValue())[0];
            var found = new ArrayList<FaceBox>();
            for (int i = 0; i < scores.length; i++) {
                float score = scores[i][1];
                if (score >= MIN_SCORE) {
                    var b = boxes[i];
                    found.add(new FaceBox(left + b[0] * width, top + b[1] * height, left + b[2] * width, top + b[3] * height, score));
                }
            }
            return found;
        }
    }

    private static float[] toInput(BufferedImage photo, int left, int top, int width, int height) {
        var resized = new BufferedImage(INPUT_WIDTH, INPUT_HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(photo, 0, 0, INPUT_WIDTH, INPUT_HEIGHT, left, top, left + width, top + height, null);
        } finally {
            g.dispose();
        }
        int plane = INPUT_WIDTH * INPUT_HEIGHT;
        var pixels = resized.getRGB(0, 0, INPUT_WIDTH, INPUT_HEIGHT, null, 0, INPUT_WIDTH);
        var input = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            int rgb = pixels[i];
            input[i] = (((rgb >> 16) & 0xFF) - 127f) / 128f;
            input[plane + i] = (((rgb >> 8) & 0xFF) - 127f) / 128f;
            input[2 * plane + i] = ((rgb & 0xFF) - 127f) / 128f;
        }
        return input;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
