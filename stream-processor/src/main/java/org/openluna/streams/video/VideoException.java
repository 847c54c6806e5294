package org.openluna.streams.video;

/**
 * A video that cannot be opened or read. The message is written for the API user, who sees it as the
 * stream's {@code last_error}: it names the reference and says what failed, and carries no stack noise.
 */
public final class VideoException extends RuntimeException {

    private VideoException(String message, Throwable cause) {
        super(message, cause);
    }

    public static VideoException cannotOpen(VideoReference reference, String reason, Throwable cause) {
        return new VideoException("cannot open " + reference.displayName() + ": " + reason, cause);
    }

    static VideoException cannotRead(VideoReference reference, String reason, Throwable cause) {
        return new VideoException("cannot read " + reference.displayName() + ": " + reason, cause);
    }
}
