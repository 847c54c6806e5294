package org.openluna.streams.video;

import java.util.Objects;

/**
 * How a stream's frames are decoded and sampled, from its {@code data}.
 *
 * @param rotation            clockwise turn applied to every frame
 * @param timestampSource     where frame times come from
 * @param ptsStartTimeSeconds added to every frame's time
 * @param framesPerSecond     the analysis rate: handed-out frames are at least 1 / rate seconds apart
 */
public record DecodingOptions(Rotation rotation, TimestampSource timestampSource, double ptsStartTimeSeconds,
                              double framesPerSecond) {

    public DecodingOptions {
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(timestampSource, "timestamp source");
        if (!Double.isFinite(ptsStartTimeSeconds)) {
            throw new IllegalArgumentException("pts start time must be a finite number of seconds");
        }
        if (!(framesPerSecond > 0) || !Double.isFinite(framesPerSecond)) {
            throw new IllegalArgumentException("analysis rate must be a positive number of frames per second, not "
                    + framesPerSecond);
        }
    }

    /** No rotation, times from pts starting where the stream's do. */
    public static DecodingOptions atRate(double framesPerSecond) {
        return new DecodingOptions(Rotation.NONE, TimestampSource.AUTO, 0, framesPerSecond);
    }

    public DecodingOptions withRotation(Rotation newRotation) {
        return new DecodingOptions(newRotation, timestampSource, ptsStartTimeSeconds, framesPerSecond);
    }

    public DecodingOptions withTimestampSource(TimestampSource newSource) {
        return new DecodingOptions(rotation, newSource, ptsStartTimeSeconds, framesPerSecond);
    }

    public DecodingOptions withPtsStartTime(double seconds) {
        return new DecodingOptions(rotation, timestampSource, seconds, framesPerSecond);
    }
}
