package org.openluna.inference.image;

import java.util.Objects;

/**
 * A photo we cannot turn into pixels, and why. The message is written for the client: it names the
 * problem, never a decoder's internals (those stay in the cause, for the log).
 */
public final class PhotoRejected extends RuntimeException {

    public enum Reason {
        /** No bytes at all (or base64 text with nothing in it). */
        EMPTY,
        /** The bytes start like a format we read, but the file cannot be decoded or was cut short. */
        CORRUPT,
        /** The bytes are not JPEG, PNG, BMP, TIFF or PNM. */
        UNSUPPORTED_FORMAT,
        /** The bytes are one of our formats, but not the one the Content-Type declared. */
        CONTENT_TYPE_MISMATCH,
        /** A side is below {@link PhotoLimits#minSidePixels()}. */
        TOO_SMALL,
        /** A side or the pixel count is above {@link PhotoLimits}' maximum. */
        TOO_LARGE,
        /** A base64 body that is not valid base64. */
        BAD_BASE64
    }

    private final Reason reason;

    public PhotoRejected(Reason reason, String message) {
        this(reason, message, null);
    }

    public PhotoRejected(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
