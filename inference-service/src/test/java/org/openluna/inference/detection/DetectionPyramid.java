package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Which regions of a photo to run the 320x240 detector on. The detector sees faces down to about
 * {@link #SMALLEST_FACE_AT_INPUT} pixels of its input, so the whole photo squeezed into 320x240 misses
 * the small faces of a 1920 px group photo. Finer levels of smaller regions follow, their sizes
 * spaced evenly (by a factor of at most {@link #MAX_STEP}), down to the one where a face of
 * {@code minFaceSize} photo pixels is just big enough at the detector's input: halving instead
 * overshoots, and a 1920x1537 photo took a third level of 25 regions for faces of 50 to 51 px.
 * Regions of one level overlap
 * by a little more than the largest face the level answers for, so that every such face lies whole
 * inside one of them; any more overlap is detector runs spent twice on the same pixels.
 */
final class DetectionPyramid {
    static final double SMALLEST_FACE_AT_INPUT = 16;
    static final double MAX_STEP = 2.1;
    // the detector is not asked to enlarge a photo more than this
    private static final double FINEST_SHRINK = 0.75;
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
        double whole = Math.max(photoWidth / (double) UltraFaceDetector.INPUT_WIDTH,
                photoHeight / (double) UltraFaceDetector.INPUT_HEIGHT);
        double finest = Math.max(minFaceSize / SMALLEST_FACE_AT_INPUT, FINEST_SHRINK);
        if (finest >= whole) {
            return tiles;
        }
        int levels = (int) Math.ceil(Math.log(whole / finest) / Math.log(MAX_STEP) - 1e-9);
        double step = Math.pow(whole / finest, 1.0 / levels);
        double coarser = whole;
        for (int level = 1; level <= levels; level++) {
            double shrink = level == levels ? finest : coarser / step;
            // faces this level sees whole that the coarser level may miss
            double largest = coarser * SMALLEST_FACE_AT_INPUT * BAND_OVERLAP;
            addLevel(tiles, photoWidth, photoHeight, UltraFaceDetector.INPUT_WIDTH * shrink, UltraFaceDetector.INPUT_HEIGHT * shrink, largest);
            coarser = shrink;
        }
        return tiles;
    }

    private static void addLevel(List<DetectionTile> tiles, int photoWidth, int photoHeight, double tileWidth, double tileHeight, double largestFace) {
        double overlap = largestFace * OVERLAP_PER_FACE_SIZE + OVERLAP_PIXELS;
        // whole pixels, so that a region ending at the photo's edge ends exactly there (the detector
        // counts a box at a region's inner edge as cut)
        double width = Math.min(Math.round(tileWidth), photoWidth);
        double height = Math.min(Math.round(tileHeight), photoHeight);
        for (double top : starts(photoHeight, height, overlap)) {
            for (double left : starts(photoWidth, width, overlap)) {
                tiles.add(new DetectionTile(left, top, width, height, false, largestFace));
            }
        }
    }

    /** Evenly spread whole-pixel starts covering {@code length} with tiles of {@code tile}, overlapping by at least {@code overlap} less a pixel. */
    private static List<Double> starts(double length, double tile, double overlap) {
        var starts = new ArrayList<Double>();
        if (tile >= length) {
            starts.add(0.0);
            return starts;
        }
        int count = (int) Math.ceil((length - tile) / (tile - overlap)) + 1;
        double step = (length - tile) / (count - 1);
        for (int i = 0; i < count; i++) {
            starts.add(i == count - 1 ? length - tile : Math.floor(i * step));
        }
        return starts;
    }
}
