package org.openluna.inference.runtime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * Every model session of the service, loaded once at start from verified files through one
 * {@link Backend}; a missing or altered model stops the start with the cache's message. The sessions
 * share {@link RuntimeSettings#concurrentRuns} run permits. Closing the set stops the batch queues and
 * frees all native memory.
 */
public final class ModelSet implements AutoCloseable {
    private final Map<Asset, ModelSession> sessions = new EnumMap<>(Asset.class);
    private final Backend backend;
    private final RuntimeSettings settings;

    public ModelSet(AssetCache assets, RuntimeSettings settings, Asset... models) {
        this(assets, settings, new CpuBackend(), models);
    }

    public ModelSet(AssetCache assets, RuntimeSettings settings, Backend backend, Asset... models) {
        this.backend = backend;
        this.settings = settings;
        var environment = environment();
        var permits = new RunPermits(settings.concurrentRuns());
        try {
            for (var model : models) {
                sessions.put(model, ModelSession.open(model.name(), read(assets, model), environment, backend, settings, permits));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * ONNX Runtime's environment, started on a thread with a large stack: its native start-up
     * recurses deeply, and from a {@code java -cp} with the full class path (about 10 KB) it
     * overflowed the main thread's 1 MB stack with a SIGSEGV inside libonnxruntime (1.29, JDK 17
     * and 25). Once started, the environment is shared and runs need no more stack than usual.
     */
    static OrtEnvironment environment() {
        var started = new AtomicReference<OrtEnvironment>();
        var failed = new AtomicReference<RuntimeException>();
        var starter = new Thread(null, () -> {
            try {
                started.set(OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR));
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "onnxruntime-start", 16L << 20);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting ONNX Runtime", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return started.get();
    }

    private static byte[] read(AssetCache assets, Asset model) {
        try {
            return Files.readAllBytes(assets.path(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + model, e);
        }
    }

    public ModelSession get(Asset model) {
        var session = sessions.get(model);
        if (session == null) {
            throw new IllegalArgumentException(model + " is not loaded");
        }
        return session;
    }

    public Backend backend() {
        return backend;
    }

    public RuntimeSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        sessions.values().forEach(ModelSession::close);
        sessions.clear();
    }
}
