package org.openluna.inference.face;

import org.openluna.inference.image.Affine;

/**
 * The rotation, uniform scale and shift that best carries one set of points onto another in the
 * least-squares sense (Umeyama, 1991, in two dimensions), and how far the points miss after it.
 */
public record SimilarityTransform(Affine map, double rootMeanSquareError) {

    /** Fits {@code from} onto {@code to}, both as x0,y0,x1,y1,... of the same length. */
    public static SimilarityTransform fit(float[] from, double[] to) {
        int n = from.length / 2;
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i]; fy += from[2 * i + 1];
            tx += to[2 * i]; ty += to[2 * i + 1];
        }
        fx /= n; fy /= n; tx /= n; ty /= n;
        // with complex numbers z = x + iy, the best map is w = s*e^{i*theta} * z + shift,
        // s*e^{i*theta} = sum(conj(z_i) * w_i) / sum(|z_i|^2) over centred points
        double re = 0, im = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double zx = from[2 * i] - fx, zy = from[2 * i + 1] - fy;
            double wx = to[2 * i] - tx, wy = to[2 * i + 1] - ty;
            re += zx * wx + zy * wy;
            im += zx * wy - zy * wx;
            norm += zx * zx + zy * zy;
        }
        if (norm < 1e-9) {
            return new SimilarityTransform(new Affine(1, 0, tx - fx, 0, 1, ty - fy), Double.POSITIVE_INFINITY);
        }
        double a = re / norm, b = im / norm;
        var map = new Affine(a, -b, tx - (a * fx - b * fy), b, a, ty - (b * fx + a * fy));
        double squared = 0;
        for (int i = 0; i < n; i++) {
            double dx = map.x(from[2 * i], from[2 * i + 1]) - to[2 * i];
            double dy = map.y(from[2 * i], from[2 * i + 1]) - to[2 * i + 1];
            squared += dx * dx + dy * dy;
        }
        return new SimilarityTransform(map, Math.sqrt(squared / n));
    }

    /** How much the map enlarges lengths. */
    public double scale() {
        return Math.hypot(map.a(), map.d());
    }
}
