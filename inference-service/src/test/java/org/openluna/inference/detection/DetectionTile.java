package org.openluna.inference.detection;

/**
 * A region of the photo the detector looks at in one run, and the sizes of face (longer box side,
 * photo pixels) this region answers for: a coarser region sees the larger faces whole, so a finer
 * one keeps only the faces too small for it. Edges that lie inside the photo are where a
 * neighbouring tile takes over: a box touching one of them is a face cut in half, seen whole by
 * the neighbour.
 */
record DetectionTile(double left, double top, double width, double height, boolean wholePhoto, double largestFace) {

    static DetectionTile whole(double left, double top, double width, double height) {
        return new DetectionTile(left, top, width, height, true, Double.POSITIVE_INFINITY);
    }

    double right() { return left + width; }

    double bottom() { return top + height; }

    boolean answersFor(FaceBox box) {
        return Math.max(box.width(), box.height()) < largestFace;
    }
}
