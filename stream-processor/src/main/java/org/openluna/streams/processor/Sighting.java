package org.openluna.streams.processor;

import org.openluna.protocol.inference.Rect;

/**
 * One face on one analysed frame: where it was, how sure the detector was, its aligned sample (the
 * warp a stream event carries), and when in the video.
 */
record Sighting(Rect box, float score, byte[] warp, double time) {

    /** How good a shot it is: a sure detection of a large face matches best. */
    double quality() {
        return score * Math.sqrt(box.width() * (double) box.height());
    }

    /**
     * How far this face is from another, in widths of the other: under 1 for the same person a frame
     * later, who at 5 frames a second walks less than a face's width between two frames. Faces whose
     * sizes differ by more than 1.7 times are taken for two people, however close.
     */
    double distanceFrom(Sighting earlier) {
        double ratio = box.width() / (double) earlier.box.width();
        if (ratio > MAX_SIZE_RATIO || ratio < 1 / MAX_SIZE_RATIO) {
            return Double.POSITIVE_INFINITY;
        }
        double dx = centreX() - earlier.centreX();
        double dy = centreY() - earlier.centreY();
        return Math.hypot(dx, dy) / earlier.box.width();
    }

    private double centreX() {
        return box.x() + box.width() / 2.0;
    }

    private double centreY() {
        return box.y() + box.height() / 2.0;
    }

    private static final double MAX_SIZE_RATIO = 1.7;
}
