package org.openluna.streams.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A stream's {@code data.rotation}: clockwise degrees applied to every frame. */
public enum Rotation {
    NONE(0),
    CLOCKWISE_90(90),
    CLOCKWISE_180(180),
    CLOCKWISE_270(270);

    private static final int BYTES_PER_PIXEL = 3;

    private final int degrees;

    Rotation(int degrees) {
        this.degrees = degrees;
    }

    public static Rotation ofDegrees(int degrees) {
        for (Rotation rotation : values()) {
            if (rotation.degrees == degrees) {
                return rotation;
            }
        }
        throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270 degrees, not " + degrees);
    }

    public int degrees() {
        return degrees;
    }

    boolean swapsSides() {
        return this == CLOCKWISE_90 || this == CLOCKWISE_270;
    }

    /**
     * Returns a new {@code TYPE_3BYTE_BGR} image holding {@code source} turned by this rotation; the source is
     * only read, so it may be a buffer its owner reuses.
     */
    BufferedImage applyTo(BufferedImage source) {
        BufferedImage bgr = source.getType() == BufferedImage.TYPE_3BYTE_BGR ? source : toBgr(source);
        int width = bgr.getWidth();
        int height = bgr.getHeight();
        BufferedImage target = swapsSides()
                ? new BufferedImage(height, width, BufferedImage.TYPE_3BYTE_BGR)
                : new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] from = pixels(bgr);
        byte[] to = pixels(target);
        if (this == NONE) {
            System.arraycopy(from, 0, to, 0, from.length);
            return target;
        }
        int targetWidth = target.getWidth();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int targetX;
                int targetY;
                switch (this) {
                    case CLOCKWISE_90 -> { targetX = height - 1 - y; targetY = x; }
                    case CLOCKWISE_180 -> { targetX = width - 1 - x; targetY = height - 1 - y; }
                    default -> { targetX = y; targetY = width - 1 - x; }
                }
                int fromIndex = (y * width + x) * BYTES_PER_PIXEL;
                int toIndex = (targetY * targetWidth + targetX) * BYTES_PER_PIXEL;
                to[toIndex] = from[fromIndex];
                to[toIndex + 1] = from[fromIndex + 1];
                to[toIndex + 2] = from[fromIndex + 2];
            }
        }
        return target;
    }

    // the raster of an image made with new BufferedImage(w, h, TYPE_3BYTE_BGR) is one packed array, rows w * 3 long
    private static byte[] pixels(BufferedImage bgr) {
        return ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    }

    private static BufferedImage toBgr(BufferedImage source) {
        BufferedImage bgr = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        var graphics = bgr.createGraphics();
        try {
            graphics.drawImage(source, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return bgr;
    }
}
