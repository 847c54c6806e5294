package org.openluna.matcher.service;

import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.ScalarBackend;

/** Where a service computes similarities (ADR 0008): the Vector API kernel, or the plain reference for a JVM without it. */
public enum BackendKind {
    CPU("cpu"), SCALAR("scalar");

    private final String wire;

    BackendKind(String wire) {
        this.wire = wire;
    }

    public String wire() { return wire; }

    public static BackendKind parse(String raw) {
        for (var kind : values()) {
            if (kind.wire.equals(raw)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--backend takes cpu or scalar, got " + raw);
    }

    /** The backend, owning {@code threads} workers where it has any; the caller closes it. */
    Backend create(int threads) {
        return switch (this) {
            case CPU -> new CpuBackend(threads);
            case SCALAR -> new ScalarBackend();
        };
    }
}
