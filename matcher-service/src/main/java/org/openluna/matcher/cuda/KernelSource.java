package org.openluna.matcher.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search kernels' CUDA C++ source ({@code search.cu} beside this class) and the NVRTC options that
 * compile it for one GPU. The sizes the kernels and {@link SearchPlan} must agree on are defined here,
 * once, and handed to the compiler.
 */
final class KernelSource {
    static final String FILE = "search.cu";
    /** Kernel names, as {@code extern "C"} keeps them. */
    static final String SCAN_ONE = "scan1";
    static final String SCAN_FOUR = "scan4";
    static final String SCAN_SIXTEEN = "scan16";
    static final String MERGE = "merge";
    static final String FINISH = "finish";
    static final String APPLY_REMOVALS = "applyRemovals";
    static final List<String> KERNELS = List.of(SCAN_ONE, SCAN_FOUR, SCAN_SIXTEEN, MERGE, FINISH, APPLY_REMOVALS);

    private KernelSource() {}

    static String text() {
        try (InputStream in = KernelSource.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the search kernels' source " + FILE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Options for a GPU of compute capability {@code major.minor}: real code for that GPU (a cubin, so the
     * driver compiles nothing at load), C++17, and no contraction of multiply-add, so that the double
     * arithmetic of a similarity is exactly Java's ({@code Similarity.fromDot}).
     */
    static List<String> options(int major, int minor) {
        if (major < 6 || (major == 6 && minor < 1)) {
            // __dp4a, the int8 dot product, needs compute capability 6.1
            throw new IllegalArgumentException("the search kernels need compute capability 6.1 or later, not " + major + "." + minor);
        }
        return List.of(
                "--gpu-architecture=sm_" + major + minor,
                "-std=c++17",
                "--fmad=false",
                "-DTILE_ROWS=" + SearchPlan.TILE_ROWS,
                "-DTHREADS=" + SearchPlan.THREADS,
                "-DMERGE_GROUP=" + SearchPlan.MERGE_GROUP);
    }

    /** The scan kernel for a group of {@code queries} queries (1, 4 or 16). */
    static String scanKernel(int queries) {
        return switch (queries) {
            case 1 -> SCAN_ONE;
            case 4 -> SCAN_FOUR;
            case 16 -> SCAN_SIXTEEN;
            default -> throw new IllegalArgumentException("the scan kernels take groups of 1, 4 or 16 queries, not " + queries);
        };
    }
}
