package org.openluna.inference.estimation;

import org.openluna.inference.face.Landmarks;

/**
 * A mouth's state from the 68 points, where no model for it exists (ADR 0023). The points are first
 * turned so the eyes lie level, then measured against the mouth's width:
 * <ul>
 * <li>{@code opened}: the gap between the inner lips (points 62 and 66);
 * <li>{@code smile}: how far the corners (48, 54) rise above the middle of the lips (62, 66);
 * <li>{@code occluded}: what covers the mouth, from the mask estimation (a mask or anything else).
 * </ul>
 * Each measure becomes a probability through a logistic curve centred where the test photos' closed
 * and open, straight and smiling mouths part.
 */
public final class MouthEstimator {
    // inner-lip gap over mouth width: closed mouths of the test photos measure up to 0.06, open ones 0.12 and more
    static final double OPEN_AT = 0.09;
    static final double OPEN_SPREAD = 0.015;
    // corner rise over mouth width: straight mouths measure about 0, smiles 0.08 and more
    static final double SMILE_AT = 0.04;
    static final double SMILE_SPREAD = 0.015;

    private MouthEstimator() {}

    /** The seed's four numbers: {@code score} is the chance of a mouth neither smiling nor covered (seed l.1004-1009). */
    public record MouthEstimate(float opened, float occluded, float smile, float score) {}

    /**
     * @param covered the probability something covers the mouth (a mask's {@code medical_mask} + {@code occluded})
     */
    public static MouthEstimate estimate(Landmarks points, float covered) {
        var eyes = points.fivePoints();
        double angle = Math.atan2(eyes[3] - eyes[1], eyes[2] - eyes[0]);
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        double width = Math.hypot(points.x(54) - points.x(48), points.y(54) - points.y(48));
        if (width < 1) {
            return new MouthEstimate(0, covered, 0, 1 - covered);
        }
        double gap = levelY(points, 66, cos, sin) - levelY(points, 62, cos, sin);
        double middle = (levelY(points, 62, cos, sin) + levelY(points, 66, cos, sin)) / 2;
        double corners = (levelY(points, 48, cos, sin) + levelY(points, 54, cos, sin)) / 2;
        float opened = logistic((gap / width - OPEN_AT) / OPEN_SPREAD);
        float smile = logistic(((middle - corners) / width - SMILE_AT) / SMILE_SPREAD);
        return new MouthEstimate(opened, covered, smile, (1 - covered) * (1 - smile));
    }

    /** A point's height once the face is turned so its eyes lie level. */
    private static double levelY(Landmarks points, int point, double cos, double sin) {
        return points.x(point) * sin + points.y(point) * cos;
    }

    private static float logistic(double x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }
}
