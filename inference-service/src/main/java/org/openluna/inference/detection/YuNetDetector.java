package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.inference.estimation.ChannelOrder;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.runtime.ModelSession;

/**
 * The YuNet face detector ({@code yunet_n_dynamic.onnx}, libfacedetection.train): a B,G,R input of
 * 0..255 of any size that is a multiple of 32, and per cell of three grids (strides 8, 16 and 32) a
 * class and an objectness score, a box and five points, as offsets from the cell (ADR 0023).
 *
 * <p>The photo is looked at whole, at the scale that brings a face of {@code minFaceSize} pixels to
 * what YuNet finds surely ({@link #SMALLEST_FACE_AT_INPUT}), within a budget of input pixels; and,
 * when that input is large, once more shrunk to {@link #COARSE_SIDE}, for faces too large for the
 * coarsest grid at full size. The boxes of both looks are merged by non-maximum suppression, and each
 * is confirmed by second looks centred on it.
 */
public final class YuNetDetector {
    private static final int[] STRIDES = {8, 16, 32};
    private static final int ALIGN = 32;
    // a face of 16 px is found surely when enlarged to 24 (docs/benchmarks/inference.md)
    static final double SMALLEST_FACE_AT_INPUT = 24;
    static final double MAX_ENLARGEMENT = 1.5;
    // the most input pixels the whole-photo look takes: a megapixel keeps a 1920 px group photo at the
    // time the previous detector took for faces of 50 px, and finds 96% of the crowd scenes' faces
    // (docs/benchmarks/inference.md)
    static final double MAX_INPUT_PIXELS = 1.0e6;
    static final int COARSE_SIDE = 640;
    private record Look(double zoom, int side) {}
    private static final List<Look> LOOKS = List.of(new Look(1.5, 64), new Look(2.5, 64), new Look(4, 128));
    // the score and overlap opencv_zoo's YuNet uses, on sqrt(cls * obj) as OpenCV decodes it
    static final float MIN_SCORE = 0.6f;
    static final float MAX_OVERLAP = 0.3f;
    static final double FRAME_WIDTH = 0.959;
    static final double FRAME_HEIGHT = 0.982;
    static final double FRAME_SHIFT_Y = 0.013;
    private static final PixelScaling AS_IS = PixelScaling.rgb(0, 1);

    private final ModelSession model;

    public YuNetDetector(ModelSession model) {
        this.model = model;
    }

    /** Every face of at least about {@code minFaceSize} pixels (and the larger ones), best first. */
    public List<Detection> detect(RgbImage photo, int minFaceSize) {
        double budget = Math.sqrt(MAX_INPUT_PIXELS / ((double) photo.width() * photo.height()));
        double fine = Math.min(Math.min(SMALLEST_FACE_AT_INPUT / Math.max(1, minFaceSize), MAX_ENLARGEMENT), budget);
        double coarse = Math.min(1, COARSE_SIDE / (double) Math.max(photo.width(), photo.height()));
        var found = new ArrayList<>(detectAt(photo, fine));
        if (coarse < fine / 1.5) {
            found.addAll(detectAt(photo, coarse));
        }
        var candidates = NonMaximumSuppression.suppress(found, Detection::box, MAX_OVERLAP);
        return confirmed(photo, candidates);
    }

    /**
     * The candidates a second look confirms. Looked at whole, YuNet fires on a kitten's face (0.84)
     * and a pheasant (0.80) as strongly as on a face in a crowd; looked at again in regions centred on
     * the candidate, every face of the test photos, masked ones included, scores over
     * {@link #MIN_SCORE} in at least one of {@link #LOOKS}, and the animals score nothing in any.
     */
    private List<Detection> confirmed(RgbImage photo, List<Detection> candidates) {
        var boxes = candidates.stream().map(Detection::box).toList();
        var best = new float[candidates.size()];
        for (var look : LOOKS) {
            var scores = secondLooks(photo, boxes, look.zoom(), look.side());
            for (int i = 0; i < best.length; i++) {
                best[i] = Math.max(best[i], scores[i]);
            }
        }
        var kept = new ArrayList<Detection>(candidates.size());
        for (int i = 0; i < best.length; i++) {
            if (best[i] >= MIN_SCORE) {
                kept.add(candidates.get(i));
            }
        }
        return kept;
    }

    /** Faces found in the photo scaled by {@code scale}, in photo pixels. */
    public List<Detection> detectAt(RgbImage photo, double scale) {
        int width = alignUp(photo.width() * scale);
        int height = alignUp(photo.height() * scale);
        // the input's grid spans the photo at the scale; what lies past the photo's edges is black
        return detectIn(photo, 0, 0, width, height, scale);
    }

    /**
     * The score of each box when looked at again in a square region centred on it, {@code zoom} times
     * its size, brought to {@code side} pixels: 0 where that look finds nothing there.
     */
    public float[] secondLooks(RgbImage photo, List<FaceBox> boxes, double zoom, int side) {
        var scores = new float[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            var box = boxes.get(i);
            double region = Math.max(box.width(), box.height()) * zoom;
            double scale = side / region;
            double left = (box.x1() + box.x2()) / 2 - region / 2;
            double top = (box.y1() + box.y2()) / 2 - region / 2;
            for (var found : detectIn(photo, left, top, side, side, scale)) {
                if (found.box().intersectionOverUnion(box) > 0.4f) {
                    scores[i] = Math.max(scores[i], found.box().score());
                }
            }
        }
        return scores;
    }

    /** Faces in the region from ({@code left}, {@code top}) of the photo, scaled to a {@code width} x {@code height} input. */
    private List<Detection> detectIn(RgbImage photo, double left, double top, int width, int height, double scale) {
        var input = new float[3 * width * height];
        if (scale == 1 && left == 0 && top == 0) {
            copy(photo, width, height, input);
        } else {
            var toPhoto = Affine.fromGridToRect(width, height, left, top, width / scale, height / scale);
            ChannelOrder.BGR.sample(photo, toPhoto, width, height, AS_IS, input, 0);
        }
        var outputs = model.runShaped(input, new long[] {3, height, width});
        var found = new ArrayList<Detection>();
        for (int stride : STRIDES) {
            decode(outputs, stride, width / stride, height / stride, left, top, scale, found);
        }
        return found;
    }

    private static void decode(Map<String, float[]> outputs, int stride, int columns, int rows, double left, double top, double scale,
                               List<Detection> found) {
        float[] cls = outputs.get("cls_" + stride);
        float[] obj = outputs.get("obj_" + stride);
        float[] bbox = outputs.get("bbox_" + stride);
        float[] kps = outputs.get("kps_" + stride);
        for (int cell = 0; cell < rows * columns; cell++) {
            float score = (float) Math.sqrt(clamp(cls[cell]) * clamp(obj[cell]));
            if (score < MIN_SCORE) {
                continue;
            }
            int row = cell / columns;
            int column = cell % columns;
            double cx = (column + bbox[4 * cell]) * stride;
            double cy = (row + bbox[4 * cell + 1]) * stride;
            double w = Math.exp(bbox[4 * cell + 2]) * stride;
            double h = Math.exp(bbox[4 * cell + 3]) * stride;
            // framed as the platform's boxes always were (UltraFace's): measured over the 23 faces of the
            // test photos, as wide but 4% narrower, 2% shorter and 1.3% higher than YuNet's own
            cy -= FRAME_SHIFT_Y * h;
            w *= FRAME_WIDTH;
            h *= FRAME_HEIGHT;
            var box = new FaceBox((float) (left + (cx - w / 2) / scale), (float) (top + (cy - h / 2) / scale),
                    (float) (left + (cx + w / 2) / scale), (float) (top + (cy + h / 2) / scale), score);
            var points = new float[10];
            for (int k = 0; k < 5; k++) {
                points[2 * k] = (float) (left + (kps[10 * cell + 2 * k] + column) * stride / scale);
                points[2 * k + 1] = (float) (top + (kps[10 * cell + 2 * k + 1] + row) * stride / scale);
            }
            found.add(new Detection(box, points));
        }
    }

    /** The photo at its own size as B,G,R planes, black past its edges: a third of the time of sampling it. */
    private static void copy(RgbImage photo, int width, int height, float[] into) {
        byte[] rgb = photo.rgb();
        int plane = width * height;
        for (int y = 0; y < photo.height(); y++) {
            int from = y * photo.width() * 3;
            int to = y * width;
            for (int x = 0; x < photo.width(); x++) {
                into[to + x] = rgb[from + 3 * x + 2] & 0xFF;
                into[plane + to + x] = rgb[from + 3 * x + 1] & 0xFF;
                into[2 * plane + to + x] = rgb[from + 3 * x] & 0xFF;
            }
        }
    }

    private static float clamp(float probability) {
        return Math.min(1, Math.max(0, probability));
    }

    private static int alignUp(double pixels) {
        return Math.max(ALIGN, (int) Math.ceil(pixels / ALIGN) * ALIGN);
    }
}
