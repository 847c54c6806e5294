package org.openluna.streams.video;

import java.util.Objects;

/** A stream's {@code data.timestamp_source}: where each frame's time comes from. */
public enum TimestampSource {
    /** The stream's pts; FFmpeg's best-effort timestamp already guesses one for frames whose packets carry none. */
    AUTO("auto"),
    PTS("pts"),
    /** The frame's number divided by the stream's frame rate, for streams whose pts cannot be trusted. */
    FRAME_NUM("frame_num");

    private final String word;

    TimestampSource(String word) {
        this.word = word;
    }

    public static TimestampSource parse(String word) {
        Objects.requireNonNull(word, "timestamp source");
        for (TimestampSource source : values()) {
            if (source.word.equals(word)) {
                return source;
            }
        }
        throw new IllegalArgumentException("timestamp source must be auto, pts or frame_num, not " + word);
    }

    /** The word the API uses. */
    public String word() {
        return word;
    }
}
