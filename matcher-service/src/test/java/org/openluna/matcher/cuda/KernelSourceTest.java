package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KernelSourceTest {
    @Test
    void theSourceDefinesEveryKernelTheBackendLaunches() {
        String source = KernelSource.text();
        for (String kernel : KernelSource.KERNELS) {
            assertThat(source).containsPattern("extern \"C\" __global__ void __launch_bounds__\\(THREADS\\) " + kernel + "\\(");
        }
    }

    @Test
    void theSizesTheHostPlansWithAreHandedToTheCompiler() {
        assertThat(KernelSource.options(9, 0)).contains("--gpu-architecture=sm_90", "-DTILE_ROWS=64", "-DTHREADS=256", "-DMERGE_GROUP=32");
        // the similarity's doubles must be computed as Java computes them: no contraction, no fast math
        assertThat(KernelSource.options(9, 0)).contains("--fmad=false").noneMatch(option -> option.contains("fast-math") || option.contains("fast_math"));
    }

    @Test
    void theSourceKeepsTheSimilarityOfTheCpuBackend() {
        String source = KernelSource.text();
        assertThat(source).contains("(double) dot / sqrt((double) queryNorm * (double) rowNorm)", "fmin(fmax(s, 0.0), 1.0)");
        assertThat(source).contains("removed != 0 && removed <= removedUpTo[j]");
    }

    @Test
    void aGpuWithoutTheInt8DotProductIsRefused() {
        assertThatThrownBy(() -> KernelSource.options(6, 0)).hasMessageContaining("6.1");
        assertThat(KernelSource.options(6, 1)).contains("--gpu-architecture=sm_61");
    }

    @Test
    void eachGroupSizeHasItsScanKernel() {
        assertThat(KernelSource.scanKernel(1)).isEqualTo("scan1");
        assertThat(KernelSource.scanKernel(4)).isEqualTo("scan4");
        assertThat(KernelSource.scanKernel(16)).isEqualTo("scan16");
        assertThatThrownBy(() -> KernelSource.scanKernel(8)).isInstanceOf(IllegalArgumentException.class);
    }
}
