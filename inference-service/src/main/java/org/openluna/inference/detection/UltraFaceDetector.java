package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * The UltraFace RFB-320 detector ({@code fr_detect.onnx}): a 320x240 RGB input scaled to
 * (x-127)/128, and for each of 4,420 anchors a face score and a box already decoded to coordinates
 * normalised to the input. A photo is looked at through the regions of a {@link DetectionPyramid},
 * and the boxes of all regions are merged by non-maximum suppression.
 */
public final class UltraFaceDetector {
    static final int INPUT_WIDTH = 320;
    static final int INPUT_HEIGHT = 240;
    private static final int ANCHORS = 4420;
    // the package's own post-processing (lib/fr_detect.js) uses 0.65 and 0.4
    static final float MIN_SCORE = 0.65f;
    static final float MAX_OVERLAP = 0.4f;
    private static final PixelScaling SCALING = PixelScaling.rgb(127, 128);
    private static final double EDGE_MARGIN = 2;

    private final ModelSession model;

    public UltraFaceDetector(ModelSession model) {
        this.model = model;
    }

    /** Every face of at least {@code minFaceSize} pixels (and the larger ones the detector finds), best first. */
    public List<FaceBox> detect(RgbImage photo, int minFaceSize) {
        var tiles = DetectionPyramid.tiles(photo.width(), photo.height(), minFaceSize);
        var found = model.inBatches(tiles, batch -> detectIn(photo, batch));
        return NonMaximumSuppression.suppress(found, MAX_OVERLAP);
    }

    /** Faces found in the whole photo squeezed into the detector's input, with no smaller regions. */
    public List<FaceBox> detectAtOneScale(RgbImage photo) {
        var whole = DetectionTile.whole(0, 0, photo.width(), photo.height());
        return NonMaximumSuppression.suppress(detectIn(photo, List.of(whole)), MAX_OVERLAP);
    }

    /**
     * The detector's score for a face at {@code box} when it is looked at again in a region centred
     * on it, {@code zoom} times the face's size; 0 when the second look finds nothing there.
     */
    public float secondLook(RgbImage photo, FaceBox box, double zoom) {
        double side = Math.max(box.width(), box.height());
        double width = side * zoom;
        double height = width * INPUT_HEIGHT / INPUT_WIDTH;
        double cx = (box.x1() + box.x2()) / 2;
        double cy = (box.y1() + box.y2()) / 2;
        var region = DetectionTile.whole(cx - width / 2, cy - height / 2, width, height);
        float best = 0;
        for (var found : detectIn(photo, List.of(region))) {
            if (found.intersectionOverUnion(box) > 0.4f) {
                best = Math.max(best, found.score());
            }
        }
        return best;
    }

    private List<FaceBox> detectIn(RgbImage photo, List<DetectionTile> tiles) {
        int plane = 3 * INPUT_WIDTH * INPUT_HEIGHT;
        var input = new float[tiles.size() * plane];
        for (int i = 0; i < tiles.size(); i++) {
            var t = tiles.get(i);
            Sampler.sample(photo, Affine.fromGridToRect(INPUT_WIDTH, INPUT_HEIGHT, t.left(), t.top(), t.width(), t.height()),
                    INPUT_WIDTH, INPUT_HEIGHT, SCALING, input, i * plane);
        }
        var outputs = model.run(input, tiles.size(), 3, INPUT_HEIGHT, INPUT_WIDTH);
        float[] scores = outputs.get("scores");
        float[] boxes = outputs.get("boxes");
        var found = new ArrayList<FaceBox>();
        for (int i = 0; i < tiles.size(); i++) {
            var t = tiles.get(i);
            for (int anchor = 0; anchor < ANCHORS; anchor++) {
                int at = i * ANCHORS + anchor;
                float score = scores[2 * at + 1];
                if (score < MIN_SCORE) {
                    continue;
                }
                var box = new FaceBox(
                        (float) (t.left() + boxes[4 * at] * t.width()), (float) (t.top() + boxes[4 * at + 1] * t.height()),
                        (float) (t.left() + boxes[4 * at + 2] * t.width()), (float) (t.top() + boxes[4 * at + 3] * t.height()), score);
                if (t.answersFor(box) && (t.wholePhoto() || !cutByTileEdge(box, t, photo))) {
                    found.add(box);
                }
            }
        }
        return found;
    }

    /** A box reaching an edge of the tile that lies inside the photo holds only part of a face. */
    private static boolean cutByTileEdge(FaceBox box, DetectionTile tile, RgbImage photo) {
        return (tile.left() > 0 && box.x1() < tile.left() + EDGE_MARGIN)
                || (tile.top() > 0 && box.y1() < tile.top() + EDGE_MARGIN)
                || (tile.right() < photo.width() && box.x2() > tile.right() - EDGE_MARGIN)
                || (tile.bottom() < photo.height() && box.y2() > tile.bottom() - EDGE_MARGIN);
    }
}
