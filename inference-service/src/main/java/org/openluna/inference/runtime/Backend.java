package org.openluna.inference.runtime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Where the models run: the execution provider and the session options that go with it. The CPU is
 * the only backend today ({@link CpuBackend}); a CUDA or TensorRT one adds its provider here and
 * nothing else changes, because every session is opened through this seam.
 */
public interface Backend {

    /** The name {@code /1/capabilities} reports, such as {@code onnxruntime-cpu}. */
    String name();

    /** Fresh options for one model's session; the caller closes them once the session is open. */
    OrtSession.SessionOptions sessionOptions(RuntimeSettings settings) throws OrtException;
}
