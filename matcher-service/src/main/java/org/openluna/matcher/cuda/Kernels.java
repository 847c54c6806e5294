package org.openluna.matcher.cuda;

import static org.bytedeco.cuda.global.cudart.CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES;
import static org.bytedeco.cuda.global.cudart.cuFuncSetAttribute;
import static org.bytedeco.cuda.global.cudart.cuLaunchKernel;
import static org.bytedeco.cuda.global.cudart.cuModuleGetFunction;
import static org.bytedeco.cuda.global.cudart.cuModuleLoadData;
import static org.bytedeco.cuda.global.cudart.cuModuleUnload;
import static org.bytedeco.cuda.global.nvrtc.NVRTC_SUCCESS;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCompileProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCreateProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcDestroyProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBIN;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBINSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetErrorString;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLog;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLogSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * The search kernels of {@code search.cu}, compiled by NVRTC for the GPU at hand and loaded as one
 * module; launches go to the device's stream. Device thread only. Unloaded in {@link #close()}.
 */
final class Kernels implements AutoCloseable {
    private final CudaDevice device;
    private final CUmod_st module;
    private final Map<String, CUfunc_st> functions;

    private Kernels(CudaDevice device, CUmod_st module, Map<String, CUfunc_st> functions) {
        this.device = device;
        this.module = module;
        this.functions = functions;
    }

    static Kernels compile(CudaDevice device) {
        DeviceFacts gpu = device.facts();
        byte[] cubin = compileToCubin(KernelSource.text(), KernelSource.options(gpu.major(), gpu.minor()));
        var module = new CUmod_st();
        try (var image = new BytePointer(cubin)) {
            CudaDevice.check(cuModuleLoadData(module, image), "cuModuleLoadData");
        }
        var functions = new HashMap<String, CUfunc_st>();
        for (String name : KernelSource.KERNELS) {
            var function = new CUfunc_st();
            CudaDevice.check(cuModuleGetFunction(function, module, name), "cuModuleGetFunction " + name);
            // beyond 48 KB a block's dynamic shared memory must be asked for
            CudaDevice.check(cuFuncSetAttribute(function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, gpu.sharedBytesPerBlock()),
                    "cuFuncSetAttribute " + name);
            functions.put(name, function);
        }
        return new Kernels(device, module, functions);
    }

    /** The kernels as a cubin for the options' GPU; a compile error is thrown with NVRTC's log. */
    static byte[] compileToCubin(String source, List<String> options) {
        var program = new _nvrtcProgram();
        checkNvrtc(nvrtcCreateProgram(program, new BytePointer(source), new BytePointer(KernelSource.FILE), 0,
                (PointerPointer<?>) null, (PointerPointer<?>) null), "nvrtcCreateProgram");
        try (var optionPointers = new PointerPointer<>(options.toArray(String[]::new))) {
            int result = nvrtcCompileProgram(program, options.size(), optionPointers);
            if (result != NVRTC_SUCCESS) {
                throw new CudaException("NVRTC could not compile " + KernelSource.FILE + " with " + options + ": "
                        + nvrtcGetErrorString(result).getString() + "\n" + log(program));
            }
            try (var size = new SizeTPointer(1)) {
                checkNvrtc(nvrtcGetCUBINSize(program, size), "nvrtcGetCUBINSize");
                var cubin = new byte[(int) size.get()];
                checkNvrtc(nvrtcGetCUBIN(program, cubin), "nvrtcGetCUBIN");
                return cubin;
            }
        } finally {
            nvrtcDestroyProgram(program);
        }
    }

    /**
     * Queues kernel {@code name} on the stream with {@code sharedBytes} of dynamic shared memory. Each
     * argument is a {@link Long} (a device address or a 64-bit integer), an {@link Integer} or a
     * {@link Double}, in the kernel's order.
     */
    void launch(String name, int gridX, int gridY, int sharedBytes, Object... arguments) {
        CUfunc_st function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no kernel " + name);
        }
        try (var scope = new PointerScope()) {
            var pointers = new Pointer[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                pointers[i] = switch (arguments[i]) {
                    case Long value -> new LongPointer(1).put(value);
                    case Integer value -> new IntPointer(1).put(value);
                    case Double value -> new DoublePointer(1).put(value);
                    default -> throw new IllegalArgumentException("a kernel argument of " + arguments[i].getClass());
                };
            }
            CudaDevice.check(cuLaunchKernel(function, gridX, gridY, 1, SearchPlan.THREADS, 1, 1, sharedBytes, device.stream(),
                    new PointerPointer<>(pointers), null), "cuLaunchKernel " + name);
        }
    }

    @Override
    public void close() {
        cuModuleUnload(module);
    }

    private static String log(_nvrtcProgram program) {
        try (var size = new SizeTPointer(1)) {
            if (nvrtcGetProgramLogSize(program, size) != NVRTC_SUCCESS) {
                return "(no log)";
            }
            var log = new byte[(int) size.get()];
            nvrtcGetProgramLog(program, log);
            return new String(log, 0, Math.max(0, log.length - 1), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void checkNvrtc(int result, String call) {
        if (result != NVRTC_SUCCESS) {
            throw new CudaException(call + " failed: " + nvrtcGetErrorString(result).getString());
        }
    }
}
