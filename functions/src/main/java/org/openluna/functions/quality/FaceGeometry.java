package org.openluna.functions.quality;

import org.openluna.protocol.inference.DetectedFace;

/**
 * Where a face sits in its photo, in the terms of ISO/IEC 19794-5's full-frontal geometry: the face
 * centre M (the midpoint between the eye centres) as a share of the image's width and height from its
 * left and top edges, the head's width and height as shares of the image's, and the distance between
 * the eye centres in pixels.
 *
 * <p>The head is the detector's box, which runs from ear to ear and from the hairline to the chin.
 * ISO measures head length from the crown, so {@code headHeight} reads lower than ISO's figure for a
 * face with much hair above the hairline. Shares are rounded to two places, as LUNA writes them, and
 * the checks judge the rounded value, so that a reader can verify a result from the response alone.
 */
record FaceGeometry(double horizontalCentre, double verticalCentre, double headWidth, double headHeight, int eyeDistance) {

    static FaceGeometry of(DetectedFace face, int photoWidth, int photoHeight) {
        float[] five = face.landmarks5();
        // points 0 and 1 are the centres of the eyes on the left and on the right of the photo
        double centreX = (five[0] + five[2]) / 2.0;
        double centreY = (five[1] + five[3]) / 2.0;
        return new FaceGeometry(
                share(centreX, photoWidth),
                share(centreY, photoHeight),
                share(face.rect().width(), photoWidth),
                share(face.rect().height(), photoHeight),
                (int) Math.round(Math.hypot(five[2] - five[0], five[3] - five[1])));
    }

    private static double share(double part, int whole) {
        return Math.round(part / whole * 100) / 100.0;
    }
}
