package org.openluna.streams.video;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A sprite on screen in a {@link TestVideos} script: drawn scaled, its top-left corner moving in a straight
 * line from {@code from} (at {@code firstFrame}) to {@code to} (at {@code lastFrame}), absent on other frames.
 */
public record Appearance(BufferedImage sprite, int firstFrame, int lastFrame, Point from, Point to, double scale) {

    public Appearance {
        Objects.requireNonNull(sprite, "sprite");
        if (firstFrame < 0 || lastFrame < firstFrame) {
            throw new IllegalArgumentException("frames " + firstFrame + ".." + lastFrame + " are not a range");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
        // Point is mutable; copies keep the script fixed
        from = new Point(Objects.requireNonNull(from, "from"));
        to = new Point(Objects.requireNonNull(to, "to"));
    }

    /** A sprite that stays at one place. */
    public static Appearance still(BufferedImage sprite, int firstFrame, int lastFrame, Point at, double scale) {
        return new Appearance(sprite, firstFrame, lastFrame, at, at, scale);
    }

    boolean isOnScreen(int frame) {
        return frame >= firstFrame && frame <= lastFrame;
    }

    /** Where the sprite's top-left corner is on {@code frame}. */
    Point positionAt(int frame) {
        double progress = lastFrame == firstFrame ? 0 : (frame - firstFrame) / (double) (lastFrame - firstFrame);
        return new Point((int) Math.round(from.x + (to.x - from.x) * progress),
                (int) Math.round(from.y + (to.y - from.y) * progress));
    }

    @Override
    public Point from() {
        return new Point(from);
    }

    @Override
    public Point to() {
        return new Point(to);
    }
}
