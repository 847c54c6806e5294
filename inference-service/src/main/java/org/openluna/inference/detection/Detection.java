package org.openluna.inference.detection;

/**
 * A face the detector found: its box, and its five points in photo pixels as x0,y0,...,x4,y4 in the
 * order of the ArcFace template (the eye, then the mouth corner, on the photo's left first; the nose
 * tip in the middle).
 */
public record Detection(FaceBox box, float[] fivePoints) {
    public Detection {
        if (fivePoints.length != 10) {
            throw new IllegalArgumentException("five points need 10 coordinates, got " + fivePoints.length);
        }
    }
}
