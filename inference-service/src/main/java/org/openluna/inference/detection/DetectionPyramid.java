package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Which regions of a photo to run the 320x240 detector on. The detector sees faces down to about
 * {@link #SMALLEST_FACE_AT_INPUT} pixels of its input, so the whole photo squeezed into 320x240 misses
 * the small faces of a 1920 px group photo. Each level halves the region size until a face of
 * {@code minFaceSize} photo pixels is big enough at the detector's input. Regions of one level overlap
 * by a little more than the largest face the level answers for, so that every such face lies whole
 * inside one of them; any more overlap is detector runs spent twice on the same pixels.
 */
final class DetectionPyramid {
    static final double SMALLEST_FACE_AT_INPUT = 16;
    // a face's box moves by a few percent between the regions that see it, and a box within the
    // detector's edge margin of an inner edge counts as cut
    private static final double OVERLAP_PER_FACE_SIZE = 1.1;
    private static final double OVERLAP_PIXELS = 8;
    // a face near the border of two levels' sizes is looked for by both; suppression keeps one
    private static final double BAND_OVERLAP = 1.25;

    private DetectionPyramid() {}

    static List<DetectionTile> tiles(int photoWidth, int photoHeight, int minFaceSize) {
        var tiles = new ArrayList<DetectionTile>();
        tiles.add(DetectionTile.whole(0, 0, photoWidth, photoHeight));
        // photo pixels per detector pixel at the whole-photo level
        double shrink = Math.max(photoWidth / (double) UltraFaceDetector.INPUT_WIDTH,
                photoHeight / (double) UltraFaceDetector.INPUT_HEIGHT);
        while (shrink * SMALLEST_FACE_AT_INPUT > minFaceSize && shrink > 1.5) {
            shrink /= 2;
            // faces this level sees whole that the coarser level (twice the shrink) may miss
            double largest = 2 * shrink * SMALLEST_FACE_AT_INPUT * BAND_OVERLAP;
            addLevel(tiles, photoWidth, photoHeight, UltraFaceDetector.INPUT_WIDTH * shrink, UltraFaceDetector.INPUT_HEIGHT * shrink, largest);
        }
        return tiles;
    }

    private static void addLevel(List<DetectionTile> tiles, int photoWidth, int photoHeight, double tileWidth, double tileHeight, double largestFace) {
        double overlap = largestFace * OVERLAP_PER_FACE_SIZE + OVERLAP_PIXELS;
        for (double top : starts(photoHeight, Math.min(tileHeight, photoHeight), overlap)) {
            for (double left : starts(photoWidth, Math.min(tileWidth, photoWidth), overlap)) {
                tiles.add(new DetectionTile(left, top, Math.min(tileWidth, photoWidth), Math.min(tileHeight, photoHeight), false, largestFace));
            }
        }
    }

    /** Evenly spread starts covering {@code length} with tiles of {@code tile}, overlapping by at least {@code overlap}. */
    private static List<Double> starts(double length, double tile, double overlap) {
        var starts = new ArrayList<Double>();
        if (tile >= length) {
            starts.add(0.0);
            return starts;
        }
        int count = (int) Math.ceil((length - tile) / (tile - overlap)) + 1;
        double step = (length - tile) / (count - 1);
        for (int i = 0; i < count; i++) {
            starts.add(i * step);
        }
        return starts;
    }
}
