package org.openluna.matcher.cuda;

import java.util.Optional;
import java.util.function.Supplier;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this machine can run the cuda backend, and the backend it gets when asked for one. Nothing
 * here touches the CUDA bindings directly: they are optional at run time (the launcher carries none),
 * and a machine without them, without the CUDA libraries or without a device searches on the CPU,
 * with one log line that says why.
 */
public final class Cuda {
    private static final Logger log = LoggerFactory.getLogger(Cuda.class);

    private Cuda() {}

    /** What stops this machine from running the cuda backend; empty when nothing does. */
    public static Optional<String> unavailableReason() {
        try {
            return NativeProbe.check();
        } catch (LinkageError e) {
            return Optional.of(describe(e));
        }
    }

    public static boolean available() {
        return unavailableReason().isEmpty();
    }

    /**
     * The cuda backend with room for {@code gpuRows} rows (0: as many as fit), or, where the machine
     * cannot run it, the CPU backend with {@code threads} workers.
     *
     * @throws IllegalStateException when a GPU is there but cannot hold the rows asked for
     */
    public static Backend openOrCpu(int threads, long gpuRows) {
        return openOrCpu(threads, gpuRows, Cuda::unavailableReason);
    }

    static Backend openOrCpu(int threads, long gpuRows, Supplier<Optional<String>> probe) {
        Optional<String> reason = probe.get();
        if (reason.isPresent()) {
            log.warn("the cuda backend was asked for, but {}: searching on the CPU backend instead ({} threads)", reason.get(), threads);
            return new CpuBackend(threads);
        }
        return CudaBackend.open(threads, gpuRows);
    }

    static String describe(LinkageError e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof NoClassDefFoundError && message.startsWith("Could not initialize class org.bytedeco")) {
            // the JVM remembers a failed load and says only this the second time
            return "the CUDA libraries could not be loaded (an earlier attempt in this JVM failed)";
        }
        if (e instanceof NoClassDefFoundError && message.contains("org/bytedeco")) {
            return "the CUDA bindings (org.bytedeco:cuda and javacpp) are not on the class path";
        }
        if (e instanceof UnsatisfiedLinkError) {
            return "the CUDA libraries could not be loaded (" + firstLine(message) + ")";
        }
        return "the CUDA bindings could not be loaded (" + e.getClass().getSimpleName() + ": " + firstLine(message) + ")";
    }

    static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
