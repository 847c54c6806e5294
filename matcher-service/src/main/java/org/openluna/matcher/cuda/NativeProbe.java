package org.openluna.matcher.cuda;

import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetCount;
import static org.bytedeco.cuda.global.cudart.cuInit;

import java.util.Optional;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.cuda.global.nvrtc;
import org.bytedeco.javacpp.Loader;

/**
 * The checks behind {@link Cuda#unavailableReason()} that need the CUDA bindings; loading this class
 * fails with a {@link LinkageError} where they are missing, which {@link Cuda} turns into a reason.
 */
final class NativeProbe {
    private NativeProbe() {}

    static Optional<String> check() {
        try {
            Loader.load(cudart.class);
        } catch (UnsatisfiedLinkError e) {
            return Optional.of("the CUDA libraries could not be loaded (" + Cuda.firstLine(e.getMessage()) + ")");
        }
        int started = cuInit(0);
        if (started != CUDA_SUCCESS) {
            return Optional.of("the CUDA driver did not start (" + CudaDevice.errorName(started) + ")");
        }
        int[] devices = new int[1];
        int counted = cuDeviceGetCount(devices);
        if (counted != CUDA_SUCCESS || devices[0] == 0) {
            return Optional.of("no CUDA device" + (counted == CUDA_SUCCESS ? "" : " (" + CudaDevice.errorName(counted) + ")"));
        }
        try {
            Loader.load(nvrtc.class);
        } catch (UnsatisfiedLinkError e) {
            return Optional.of("NVRTC, which compiles the search kernels, could not be loaded (" + Cuda.firstLine(e.getMessage()) + ")");
        }
        return Optional.empty();
    }
}
