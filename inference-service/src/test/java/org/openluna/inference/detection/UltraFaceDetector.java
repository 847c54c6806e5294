package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * The previous face detector, kept for the detector benchmark's baseline only (ADR 0023).
 *
 * <p>The UltraFace RFB-320 detector ({@code fr_detect.onnx}): a 320x240 RGB input scaled to
 * (x-127)/128, and for each of 4,420 anchors a face score and a box already decoded to coordinates
 * normalised to the input. A photo is looked at through the regions of a {@link DetectionPyramid},
 * and the boxes of all regions are merged by non-maximum suppression.
 */
public final class UltraFaceDetector {
    static final int INPUT_WIDTH = 320;
    static final int INPUT_HEIGHT = 240;
    private static final int ANCHORS = 4420;
    // The package's own post-processing (lib/fr_detect.js) keeps 0.65. We keep anything the detector
    // finds more likely a face than not and leave the rest to the FaceGate: a face darkened to 40%
    // scores 0.60 at the whole-photo look (squeezed to 320x240) and 0.999 in the gate's looks, while
    // every non-face candidate of the test photos down to 0.2 scores at most 0.92 in the gate.
    static final float MIN_SCORE = 0.5f;
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
        return NonMaximumSuppression.suppress(detectIn(photo, tiles), box -> box, MAX_OVERLAP);
    }

    /** Faces found in the whole photo squeezed into the detector's input, with no smaller regions. */
    public List<FaceBox> detectAtOneScale(RgbImage photo) {
        var whole = DetectionTile.whole(0, 0, photo.width(), photo.height());
        return NonMaximumSuppression.suppress(detectIn(photo, List.of(whole)), box -> box, MAX_OVERLAP);
    }

    /**
     * The detector's score for each face when it is looked at again in regions centred on it, each
     * {@code zoom} times the face's size: {@code [box][zoom]}, 0 where a second look finds nothing
     * there. All the looks go to the model together.
     */
    public float[][] secondLooks(RgbImage photo, List<FaceBox> boxes, double... zooms) {
        var regions = new ArrayList<DetectionTile>(boxes.size() * zooms.length);
        for (var box : boxes) {
            for (double zoom : zooms) {
                double width = Math.max(box.width(), box.height()) * zoom;
                double height = width * INPUT_HEIGHT / INPUT_WIDTH;
                double cx = (box.x1() + box.x2()) / 2;
                double cy = (box.y1() + box.y2()) / 2;
                regions.add(DetectionTile.whole(cx - width / 2, cy - height / 2, width, height));
            }
        }
        var outputs = run(photo, regions);
        var scores = new float[boxes.size()][zooms.length];
        for (int b = 0; b < boxes.size(); b++) {
            for (int z = 0; z < zooms.length; z++) {
                int look = b * zooms.length + z;
                for (var found : boxesIn(photo, regions.get(look), outputs.get(look))) {
                    if (found.intersectionOverUnion(boxes.get(b)) > 0.4f) {
                        scores[b][z] = Math.max(scores[b][z], found.score());
                    }
                }
            }
        }
        return scores;
    }

    private List<FaceBox> detectIn(RgbImage photo, List<DetectionTile> tiles) {
        var outputs = run(photo, tiles);
        var found = new ArrayList<FaceBox>();
        for (int i = 0; i < tiles.size(); i++) {
            found.addAll(boxesIn(photo, tiles.get(i), outputs.get(i)));
        }
        return found;
    }

    private List<Map<String, float[]>> run(RgbImage photo, List<DetectionTile> tiles) {
        var inputs = new ArrayList<float[]>(tiles.size());
        for (var t : tiles) {
            inputs.add(Sampler.sample(photo, Affine.fromGridToRect(INPUT_WIDTH, INPUT_HEIGHT, t.left(), t.top(), t.width(), t.height()),
                    INPUT_WIDTH, INPUT_HEIGHT, SCALING));
        }
        return model.run(inputs);
    }

    /** The boxes the detector scored high enough in one tile, in photo pixels, that the tile answers for. */
    private static List<FaceBox> boxesIn(RgbImage photo, DetectionTile tile, Map<String, float[]> outputs) {
        float[] scores = outputs.get("scores");
        float[] boxes = outputs.get("boxes");
        var found = new ArrayList<FaceBox>();
        for (int anchor = 0; anchor < ANCHORS; anchor++) {
            float score = scores[2 * anchor + 1];
            if (score < MIN_SCORE) {
                continue;
            }
            var box = new FaceBox(
                    (float) (tile.left() + boxes[4 * anchor] * tile.width()), (float) (tile.top() + boxes[4 * anchor + 1] * tile.height()),
                    (float) (tile.left() + boxes[4 * anchor + 2] * tile.width()), (float) (tile.top() + boxes[4 * anchor + 3] * tile.height()), score);
            if (tile.answersFor(box) && (tile.wholePhoto() || !cutByTileEdge(box, tile, photo))) {
                found.add(box);
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
