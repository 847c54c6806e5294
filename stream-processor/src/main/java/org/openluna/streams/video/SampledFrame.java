package org.openluna.streams.video;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One frame handed out by a {@link FrameSampler}.
 *
 * @param image       a {@code TYPE_3BYTE_BGR} image of its own, already rotated; the sampler keeps no reference
 * @param timeSeconds the frame's time, pts start offset included
 * @param frameNumber zero-based count of the video frames decoded before it, skipped ones included
 */
public record SampledFrame(BufferedImage image, double timeSeconds, long frameNumber) {

    public SampledFrame {
        Objects.requireNonNull(image, "image");
    }
}
