package org.openluna.shared.api;

import java.util.Objects;

/** The one exception of the platform: an entry of the catalogue and the detail it was raised with. */
public final class LunaException extends RuntimeException {
    private final ErrorCode error;
    private final String detail;

    public LunaException(ErrorCode error, Object... detailArgs) {
        this(error, null, detailArgs);
    }

    public LunaException(ErrorCode error, Throwable cause, Object... detailArgs) {
        super(Objects.requireNonNull(error, "error code").name(), cause);
        this.error = error;
        this.detail = error.detail(detailArgs);
    }

    public ErrorCode error() { return error; }

    public String detail() { return detail; }

    @Override
    public String getMessage() { return error.code() + " " + detail; }

    public ErrorBody body() { return new ErrorBody(error.code(), error.desc(), detail); }
}
