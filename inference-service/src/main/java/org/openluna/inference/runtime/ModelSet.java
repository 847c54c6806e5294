package org.openluna.inference.runtime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
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
        var environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
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
