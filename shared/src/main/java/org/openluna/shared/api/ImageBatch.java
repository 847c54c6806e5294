package org.openluna.shared.api;

/**
 * How many images one request to a detection resource ({@code /6/detector}, {@code /6/sdk},
 * {@code /6/iso}, {@code /6/liveness}) may carry. The seed's own limit was in its lost "Notes for
 * incoming data"; 100 is the bound it does print for the closest list, the detections of one event
 * saved by the user (l.8276). Every image costs a detection pass, so the bound keeps one request from
 * holding a function for minutes; the gateway's body limit bounds the bytes.
 */
public final class ImageBatch {
    public static final int MAX_IMAGES = 100;
    /**
     * What the photos of one request may hold together, by their headers: ten of the largest photo
     * (40 MP), or a hundred of 4 MP. Past it, a request of a hundred small files claiming 40 MP each
     * held the inference service for a minute and failed, and four at once slowed every account.
     */
    public static final long MAX_PIXELS = 400_000_000L;

    private ImageBatch() {}

    public static void requireWithinLimit(int images) {
        if (images > MAX_IMAGES) {
            throw new LunaException(ErrorCode.TOO_MANY_IMAGES, images, MAX_IMAGES);
        }
    }
}
