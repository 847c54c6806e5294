package org.openluna.matcher.service;

import org.openluna.matcher.cuda.Cuda;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.ScalarBackend;

/**
 * Where a service computes similarities: the Vector API kernel (ADR 0008), the plain reference for a JVM
 * without it, or a CUDA GPU (ADR 0015), which falls back to the Vector API kernel, with one log line
 * saying why, on a machine without a CUDA library or device.
 */
public enum BackendKind {
    CPU("cpu"), SCALAR("scalar"), CUDA("cuda");

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
        throw new IllegalArgumentException("--backend takes cpu, scalar or cuda, got " + raw);
    }

    /** The backend, owning its workers or device; the caller closes it. */
    Backend create(MatcherSettings settings) {
        return switch (this) {
            case CPU -> new CpuBackend(settings.threads());
            case SCALAR -> new ScalarBackend();
            case CUDA -> Cuda.openOrCpu(settings.threads(), settings.gpuRows());
        };
    }
}
