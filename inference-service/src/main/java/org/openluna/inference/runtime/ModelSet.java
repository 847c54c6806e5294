package org.openluna.inference.runtime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.util.EnumMap;
import java.util.Map;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * Every model session of the service, loaded once at start from verified files; a missing or altered
 * model stops the start with the cache's message. Closing the set frees all native memory.
 */
public final class ModelSet implements AutoCloseable {
    private final Map<Asset, ModelSession> sessions = new EnumMap<>(Asset.class);

    public ModelSet(AssetCache assets, RuntimeSettings settings, Asset... models) {
        var environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        try (var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            for (var model : models) {
                sessions.put(model, new ModelSession(environment, assets.path(model), options));
            }
        } catch (OrtException e) {
            close();
            throw new IllegalStateException("cannot configure ONNX Runtime: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public ModelSession get(Asset model) {
        var session = sessions.get(model);
        if (session == null) {
            throw new IllegalArgumentException(model + " is not loaded");
        }
        return session;
    }

    @Override
    public void close() {
        sessions.values().forEach(ModelSession::close);
        sessions.clear();
    }
}
