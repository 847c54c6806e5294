package org.openluna.inference.face;

/**
 * The 68 facial points (iBUG 300-W order) in photo pixels, as x0,y0,x1,y1,... Points 36-41 are the
 * left eye as seen in the photo, 42-47 the right, 30 the nose tip, 48 and 54 the mouth corners.
 */
public record Landmarks(float[] xy) {

    public Landmarks {
        if (xy.length != 136) {
            throw new IllegalArgumentException("68 points need 136 coordinates, got " + xy.length);
        }
    }

    public float x(int point) { return xy[2 * point]; }

    public float y(int point) { return xy[2 * point + 1]; }

    /**
     * Eye centres, nose tip and mouth corners, as the descriptor model's alignment expects them. The eye
     * centre is the mean of the four eyelid points (not the corners), the mouth corner the mean of the
     * outer and inner lip corner, as the model package computes it.
     */
    public float[] fivePoints() {
        return new float[] {
            mean(37, 38, 40, 41, true), mean(37, 38, 40, 41, false),
            mean(43, 44, 46, 47, true), mean(43, 44, 46, 47, false),
            x(30), y(30),
            (x(48) + x(60)) / 2, (y(48) + y(60)) / 2,
            (x(54) + x(64)) / 2, (y(54) + y(64)) / 2,
        };
    }

    /** Distance between the two eye centres, in pixels. */
    public float eyeDistance() {
        var five = fivePoints();
        return (float) Math.hypot(five[2] - five[0], five[3] - five[1]);
    }

    private float mean(int a, int b, int c, int d, boolean xs) {
        return xs ? (x(a) + x(b) + x(c) + x(d)) / 4 : (y(a) + y(b) + y(c) + y(d)) / 4;
    }
}
