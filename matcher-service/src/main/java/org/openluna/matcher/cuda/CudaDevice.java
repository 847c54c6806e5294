package org.openluna.matcher.cuda;

import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_MULTIPROCESSOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT;
import static org.bytedeco.cuda.global.cudart.CU_STREAM_NON_BLOCKING;
import static org.bytedeco.cuda.global.cudart.cuCtxSetCurrent;
import static org.bytedeco.cuda.global.cudart.cuDeviceGet;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetAttribute;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetName;
import static org.bytedeco.cuda.global.cudart.cuDevicePrimaryCtxRelease;
import static org.bytedeco.cuda.global.cudart.cuDevicePrimaryCtxRetain;
import static org.bytedeco.cuda.global.cudart.cuGetErrorName;
import static org.bytedeco.cuda.global.cudart.cuInit;
import static org.bytedeco.cuda.global.cudart.cuMemAlloc;
import static org.bytedeco.cuda.global.cudart.cuMemAllocHost;
import static org.bytedeco.cuda.global.cudart.cuMemFree;
import static org.bytedeco.cuda.global.cudart.cuMemFreeHost;
import static org.bytedeco.cuda.global.cudart.cuMemGetInfo;
import static org.bytedeco.cuda.global.cudart.cuMemcpyDtoHAsync;
import static org.bytedeco.cuda.global.cudart.cuMemcpyHtoDAsync;
import static org.bytedeco.cuda.global.cudart.cuMemsetD8Async;
import static org.bytedeco.cuda.global.cudart.cuStreamCreate;
import static org.bytedeco.cuda.global.cudart.cuStreamDestroy;
import static org.bytedeco.cuda.global.cudart.cuStreamSynchronize;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.bytedeco.cuda.cudart.CUctx_st;
import org.bytedeco.cuda.cudart.CUstream_st;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * One GPU through the CUDA driver API: its primary context, made current on the thread that opened it,
 * one stream, and the memory calls the backend needs. Every call must come from that thread (the
 * backend's device thread, {@link CudaBackend}); the context is released in {@link #close()}.
 */
final class CudaDevice implements AutoCloseable {
    private final int ordinal;
    private final CUctx_st context;
    private final CUstream_st stream;
    private final DeviceFacts facts;

    private CudaDevice(int ordinal, CUctx_st context, CUstream_st stream, DeviceFacts facts) {
        this.ordinal = ordinal;
        this.context = context;
        this.stream = stream;
        this.facts = facts;
    }

    /** Opens GPU {@code ordinal} on the calling thread, which from now on is the only one to use it. */
    static CudaDevice open(int ordinal) {
        check(cuInit(0), "cuInit");
        int[] device = new int[1];
        check(cuDeviceGet(device, ordinal), "cuDeviceGet");
        var context = new CUctx_st();
        check(cuDevicePrimaryCtxRetain(context, device[0]), "cuDevicePrimaryCtxRetain");
        try {
            check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
            var stream = new CUstream_st();
            check(cuStreamCreate(stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
            var name = new byte[256];
            check(cuDeviceGetName(name, name.length, device[0]), "cuDeviceGetName");
            var facts = new DeviceFacts(cString(name),
                    attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device[0]),
                    attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device[0]),
                    attribute(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, device[0]),
                    attribute(CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN, device[0]),
                    attribute(CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_MULTIPROCESSOR, device[0]));
            return new CudaDevice(device[0], context, stream, facts);
        } catch (RuntimeException e) {
            cuDevicePrimaryCtxRelease(device[0]);
            throw e;
        }
    }

    DeviceFacts facts() { return facts; }

    CUstream_st stream() { return stream; }

    /** Free and total memory of the GPU now. */
    DeviceMemoryBudget memory() {
        try (var free = new SizeTPointer(1); var total = new SizeTPointer(1)) {
            check(cuMemGetInfo(free, total), "cuMemGetInfo");
            return new DeviceMemoryBudget(free.get(), total.get());
        }
    }

    /** Device memory of {@code bytes}; the caller frees it with {@link #free}. */
    long allocate(long bytes, String what) {
        long[] address = new long[1];
        int result = cuMemAlloc(address, Math.max(bytes, 1));
        if (result != CUDA_SUCCESS) {
            throw new CudaException("could not take " + DeviceMemoryBudget.gib(bytes) + " of GPU memory for " + what + ": " + errorName(result));
        }
        return address[0];
    }

    void free(long address) {
        if (address != 0) {
            cuMemFree(address);
        }
    }

    /** Page-locked host memory of {@code bytes}, which the GPU copies from and to without a staging copy of the driver's. */
    Pinned pinned(long bytes) {
        var pointer = new Pointer();
        check(cuMemAllocHost(pointer, bytes), "cuMemAllocHost");
        return new Pinned(new BytePointer(pointer).capacity(bytes));
    }

    /** Copies {@code bytes} from {@code source} (at byte {@code offset}) to device address {@code target}; ordered on the stream. */
    void copyToDevice(long target, Pinned source, long offset, long bytes) {
        if (bytes > 0) {
            check(cuMemcpyHtoDAsync(target, source.at(offset), bytes, stream), "cuMemcpyHtoDAsync");
        }
    }

    /** Copies {@code bytes} from device address {@code source} into {@code target} at byte {@code offset}; ordered on the stream. */
    void copyToHost(Pinned target, long offset, long source, long bytes) {
        if (bytes > 0) {
            check(cuMemcpyDtoHAsync(target.at(offset), source, bytes, stream), "cuMemcpyDtoHAsync");
        }
    }

    void zero(long target, long bytes) {
        if (bytes > 0) {
            check(cuMemsetD8Async(target, (byte) 0, bytes, stream), "cuMemsetD8Async");
        }
    }

    /** Waits until everything queued on the stream is done; an error of a kernel shows here. */
    void synchronize() {
        check(cuStreamSynchronize(stream), "cuStreamSynchronize");
    }

    @Override
    public void close() {
        cuStreamDestroy(stream);
        cuDevicePrimaryCtxRelease(ordinal);
        context.setNull();
    }

    static void check(int result, String call) {
        if (result != CUDA_SUCCESS) {
            throw new CudaException(call + " failed: " + errorName(result));
        }
    }

    static String errorName(int result) {
        var name = new BytePointer((Pointer) null);
        if (cuGetErrorName(result, name) != CUDA_SUCCESS || name.isNull()) {
            return "CUDA error " + result;
        }
        return name.getString() + " (" + result + ")";
    }

    private static int attribute(int attribute, int device) {
        int[] value = new int[1];
        check(cuDeviceGetAttribute(value, attribute, device), "cuDeviceGetAttribute");
        return value[0];
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Page-locked host memory, seen from Java as a little-endian buffer (both sides of the copy are little-endian). */
    static final class Pinned implements AutoCloseable {
        private final BytePointer pointer;
        private final ByteBuffer buffer;

        private Pinned(BytePointer pointer) {
            this.pointer = pointer;
            this.buffer = pointer.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        }

        ByteBuffer buffer() { return buffer; }

        long bytes() { return pointer.capacity(); }

        BytePointer at(long offset) {
            return new BytePointer(pointer).position(offset);
        }

        @Override
        public void close() {
            cuMemFreeHost(pointer);
        }
    }
}
