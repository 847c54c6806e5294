package org.openluna.shared.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do to a kind of object. */
public enum Verb {
    CREATION("creation"), VIEW("view"), MODIFICATION("modification"), DELETION("deletion"), MATCHING("matching");

    private final String wire;

    Verb(String wire) {
        this.wire = wire;
    }

    public String wire() { return wire; }

    public static Optional<Verb> parse(String raw) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(raw)).findFirst();
    }
}
