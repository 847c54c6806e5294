package org.openluna.inference.face;

import org.openluna.inference.image.Affine;

/**
 * Where the five points of a face go in an aligned picture. The descriptor model was trained on the
 * standard ArcFace 112x112 template; a stored sample keeps the seed's 250x250 size and is that same
 * template scaled up, so a sample shrunk back to 112x112 is the descriptor model's input again.
 */
public final class FaceAlignment {
    public static final int DESCRIPTOR_SIDE = 112;
    public static final int SAMPLE_SIDE = 250;
    private static final double[] ARCFACE_TEMPLATE = {
        38.2946, 51.6963, 73.5318, 51.5014, 56.0252, 71.7366, 41.5493, 92.3655, 70.7299, 92.2041,
    };

    private FaceAlignment() {}

    /** The five template points in a square of {@code side} pixels. */
    public static double[] template(int side) {
        var scaled = new double[ARCFACE_TEMPLATE.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = ARCFACE_TEMPLATE[i] * side / DESCRIPTOR_SIDE;
        }
        return scaled;
    }

    /** The fit of a face's five points onto the template of a {@code side}-pixel square. */
    public static SimilarityTransform fit(Landmarks landmarks, int side) {
        return SimilarityTransform.fit(landmarks.fivePoints(), template(side));
    }

    /** The map from the pixels of the aligned square back into the photo, as the sampler wants it. */
    public static Affine squareToPhoto(Landmarks landmarks, int side) {
        return squareToPhoto(landmarks.fivePoints(), side);
    }

    /** The same, from five points given as x0,y0,...,x4,y4 in the template's order. */
    public static Affine squareToPhoto(float[] fivePoints, int side) {
        return SimilarityTransform.fit(fivePoints, template(side)).map().inverse();
    }
}
