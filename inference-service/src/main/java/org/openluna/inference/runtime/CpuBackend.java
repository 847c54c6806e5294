package org.openluna.inference.runtime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

/** ONNX Runtime's own CPU provider, with every graph optimisation (its NCHWc convolutions need the layout pass). */
public final class CpuBackend implements Backend {

    @Override
    public String name() {
        return "onnxruntime-cpu";
    }

    @Override
    public OrtSession.SessionOptions sessionOptions(RuntimeSettings settings) throws OrtException {
        var options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(settings.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }
}
