package org.openluna.shared.auth;

import java.util.Arrays;
import java.util.Optional;

/** Which accounts' data a token may read: its own account only, or all (for advanced users and admins). */
public enum VisibilityArea {
    ACCOUNT("account"), ALL("all");

    private final String wire;

    VisibilityArea(String wire) {
        this.wire = wire;
    }

    public String wire() { return wire; }

    public static Optional<VisibilityArea> parse(String raw) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(raw)).findFirst();
    }
}
