package org.openluna.inference.detection;

/**
 * A region of the photo the detector looks at in one run. Edges that lie inside the photo are where
 * a neighbouring tile takes over: a box touching one of them is a face cut in half, seen whole by
 * the neighbour.
 */
record DetectionTile(double left, double top, double width, double height, boolean wholePhoto) {

    double right() { return left + width; }

    double bottom() { return top + height; }
}
