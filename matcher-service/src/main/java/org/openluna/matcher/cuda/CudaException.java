package org.openluna.matcher.cuda;

/** A CUDA call that failed: the call, and the driver's or NVRTC's name for the error. */
final class CudaException extends IllegalStateException {
    CudaException(String message) {
        super(message);
    }
}
