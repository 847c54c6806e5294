package org.openluna.inference.image;

/**
 * A 2-D affine map {@code (x, y) -> (a*x + b*y + c, d*x + e*y + f)}. Model inputs are cut from a
 * photo by mapping each output pixel back into the photo, so crops, resizes and alignment warps are
 * all one operation.
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    /** The map taking output pixels of a {@code outWidth x outHeight} grid onto the rectangle of the photo. */
    public static Affine fromGridToRect(int outWidth, int outHeight, double left, double top, double width, double height) {
        double sx = width / outWidth;
        double sy = height / outHeight;
        // pixel centres: output pixel i covers [i, i+1), its centre i+0.5 maps to left + (i+0.5)*sx
        return new Affine(sx, 0, left + 0.5 * sx - 0.5, 0, sy, top + 0.5 * sy - 0.5);
    }

    public double x(double x, double y) { return a * x + b * y + c; }

    public double y(double x, double y) { return d * x + e * y + f; }

    public Affine inverse() {
        double det = a * e - b * d;
        if (Math.abs(det) < 1e-12) {
            throw new IllegalStateException("the map is not invertible");
        }
        return new Affine(e / det, -b / det, (b * f - c * e) / det, -d / det, a / det, (c * d - a * f) / det);
    }

    /**
     * The same map onto the image's {@link RgbImage#half} version, whose pixel i has its centre at
     * 2i + 0.5 here.
     */
    Affine ontoHalf() {
        return new Affine(a / 2, b / 2, (c + 0.5) / 2 - 0.5, d / 2, e / 2, (f + 0.5) / 2 - 0.5);
    }

    /** How many source pixels one output pixel spans, the larger of the two directions. */
    double stride() {
        return Math.max(Math.hypot(a, d), Math.hypot(b, e));
    }
}
