package org.openluna.shared.streams;

import java.util.Arrays;
import java.util.Optional;

/**
 * A stream's status: the seed gives the codes 0-5 and names only three words, so the order is LUNA's
 * manual's (ADR 0024). A stream runs while pending, in progress or waiting to restart.
 */
public enum StreamStatus {
    PENDING(0, "pending"),
    IN_PROGRESS(1, "in_progress"),
    DONE(2, "done"),
    RESTART(3, "restart"),
    FAILURE(4, "failure"),
    STOP(5, "stop");

    private final int code;
    private final String word;

    StreamStatus(int code, String word) {
        this.code = code;
        this.word = word;
    }

    public int code() { return code; }

    public String word() { return word; }

    /** Whether a processor should hold it: it has not ended and nobody stopped it. */
    public boolean runnable() {
        return this == PENDING || this == IN_PROGRESS || this == RESTART;
    }

    public static Optional<StreamStatus> ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}
