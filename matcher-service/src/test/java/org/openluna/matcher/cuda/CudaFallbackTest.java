package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.search.CpuBackend;
import org.slf4j.LoggerFactory;

class CudaFallbackTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(Cuda.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
    }

    @Test
    void aMachineWithoutACudaDeviceSearchesOnTheCpuAndSaysWhyInOneLine() {
        try (var backend = Cuda.openOrCpu(2, 0, () -> Optional.of("no CUDA device"))) {
            assertThat(backend).isInstanceOf(CpuBackend.class);
            assertThat(backend.name()).isEqualTo("cpu");
        }
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage())
                    .isEqualTo("the cuda backend was asked for, but no CUDA device: searching on the CPU backend instead (2 threads)");
        });
    }

    @Test
    void thisMachineSaysWhatItLacksWhenItHasNoGpu() {
        Optional<String> reason = Cuda.unavailableReason();
        assumeFalse(reason.isEmpty(), "this machine has a CUDA device; the fallback is not exercised");
        assertThat(reason.get()).containsAnyOf("CUDA libraries could not be loaded", "CUDA driver did not start", "no CUDA device",
                "NVRTC", "CUDA bindings");
        try (var backend = Cuda.openOrCpu(1, 0)) {
            assertThat(backend).isInstanceOf(CpuBackend.class);
        }
        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .startsWith("the cuda backend was asked for, but the CUDA")
                .endsWith(": searching on the CPU backend instead (1 threads)"));
    }

    @Test
    void missingBindingsAndMissingLibrariesAreToldApart() {
        assertThat(Cuda.describe(new NoClassDefFoundError("Could not initialize class org.bytedeco.cuda.global.cudart")))
                .isEqualTo("the CUDA libraries could not be loaded (an earlier attempt in this JVM failed)");
        assertThat(Cuda.describe(new NoClassDefFoundError("org/bytedeco/cuda/global/cudart")))
                .isEqualTo("the CUDA bindings (org.bytedeco:cuda and javacpp) are not on the class path");
        assertThat(Cuda.describe(new UnsatisfiedLinkError("/tmp/libjnicudart.so: libcudart.so.13: cannot open shared object file\nmore")))
                .isEqualTo("the CUDA libraries could not be loaded (/tmp/libjnicudart.so: libcudart.so.13: cannot open shared object file)");
    }
}
