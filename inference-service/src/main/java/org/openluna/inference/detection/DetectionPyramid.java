package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Which regions of a photo to run the 320x240 detector on. The detector sees faces down to about
 * {@link #SMALLEST_FACE_AT_INPUT} pixels of its input, so the whole photo squeezed into 320x240 misses
 * the small faces of a 1920 px group photo. Each level halves the region size until a face of
 * {@code minFaceSize} photo pixels is big enough at the detector's input; regions of one level overlap
 * by a quarter so that every face up to that size lies whole inside one of them.
 */
final class DetectionPyramid {
    static final double SMALLEST_FACE_AT_INPUT = 16;
    private static final double OVERLAP = 0.25;
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
        for (double top : starts(photoHeight, Math.min(tileHeight, photoHeight))) {
            for (double left : starts(photoWidth, Math.min(tileWidth, photoWidth))) {
                tiles.add(new DetectionTile(left, top, Math.min(tileWidth, photoWidth), Math.min(tileHeight, photoHeight), false, largestFace));
            }
        }
    }

    /** Evenly spread starts covering {@code length} with tiles of {@code tile}, overlapping by at least a quarter. */
    private static List<Double> starts(double length, double tile) {
        var starts = new ArrayList<Double>();
        if (tile >= length) {
            starts.add(0.0);
            return starts;
        }
        int count = (int) Math.ceil((length - tile) / (tile * (1 - OVERLAP))) + 1;
        double step = (length - tile) / (count - 1);
        for (int i = 0; i < count; i++) {
            starts.add(i * step);
        }
        return starts;
    }
}
