package org.openluna.shared.handlers;

import java.util.Optional;

/** {@code handler_type} (seed l.2978): whose policies an event runs. */
public enum HandlerType {
    /** Policies stored with the handler. */
    STATIC(0),
    /** Policies sent with each event (seed l.2968). */
    DYNAMIC(1),
    /** A lambda's code, named by {@code lambda_id} (seed l.2983). */
    LAMBDA(2);

    private final int code;

    HandlerType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<HandlerType> ofCode(int code) {
        for (var type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
