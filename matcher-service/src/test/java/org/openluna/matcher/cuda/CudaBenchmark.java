package org.openluna.matcher.cuda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.openluna.matcher.accounts.AccountFaces;
import org.openluna.matcher.bench.Latencies;
import org.openluna.matcher.bench.Report;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Measures the cuda backend on the GPU at hand: N random L2-normalised descriptors (fixed seeds) in
 * one account, k = 100, one query at a time and batches of 64 and 1,024, latency with the top k
 * included and comparisons per second; concurrent single queries (batched by the backend); a check
 * that the GPU answers exactly as the CPU backend; and, in the same run over the same rows, the plain
 * cuBLAS fp16 GEMM + host top-k baseline. Not a test: run it with {@code scripts/gpu/run-on-device.sh}
 * (see docs/benchmarks/matcher-cuda.md); arguments are the face counts, default 1000000 10000000.
 */
public final class CudaBenchmark {
    private static final int LIMIT = 100;
    private static final long SEED = 2026;
    private static final int CHUNK = 1 << 16;

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService workers = Executors.newFixedThreadPool(threads);
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000_000, 10_000_000) : Arrays.stream(args).map(Integer::parseInt).toList();
        var benchmark = new CudaBenchmark();
        try {
            System.out.println("host: " + benchmark.threads + " cores, " + cpuModel() + "; JDK " + Runtime.version());
            for (int size : sizes) {
                benchmark.measure(size);
            }
        } finally {
            benchmark.workers.shutdown();
        }
        benchmark.report.print();
    }

    private void measure(int size) throws Exception {
        System.out.printf("%n%,d faces%n", size);
        var account = new AccountFaces();
        AccountFaces onGpu;
        var queries = new Queries(SEED - size);
        List<Descriptor> singles = queries.next(130);
        List<List<Descriptor>> batches64 = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            batches64.add(queries.next(64));
        }
        List<List<Descriptor>> batches1024 = new ArrayList<>();
        for (int i = 0; i < (size > 2_000_000 ? 6 : 12); i++) {
            batches1024.add(queries.next(1_024));
        }
        List<List<Match>> matcherBest;
        try (var gpu = CudaBackend.open(threads, size + size / 20 + 65_536);
             var cpu = new CpuBackend(threads)) {
            onGpu = new AccountFaces(gpu.mirror());
            long loadStart = System.nanoTime();
            load(onGpu, size);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            long firstStart = System.nanoTime();
            search(onGpu, gpu, singles.subList(0, 1));
            System.out.printf("loaded in %.1f s (%,.0f faces/s, generation included); first search, which copies the rows to the GPU: %.0f ms; GPU rows held %,d%n",
                    loadSeconds, size / loadSeconds, (System.nanoTime() - firstStart) / 1e6, gpu.gpuRowsHeld());

            for (Descriptor query : singles.subList(0, 30)) {
                search(onGpu, gpu, List.of(query));
            }
            var single = new Latencies(100);
            for (Descriptor query : singles.subList(30, 130)) {
                single.add(timed(() -> search(onGpu, gpu, List.of(query))));
            }
            report.row(size, "cuda backend, 1 query, k=" + LIMIT, single, size);
            timeBatches(onGpu, gpu, size, batches64, 3, "cuda backend");
            timeBatches(onGpu, gpu, size, batches1024, 2, "cuda backend");
            concurrentSingles(onGpu, gpu, size, singles);

            checkExact(onGpu, gpu, cpu, singles.subList(0, 3));
            checkExact(onGpu, gpu, cpu, batches64.getFirst());
            matcherBest = search(onGpu, gpu, singles.subList(0, 5));
        }
        // the pool is free again: the baseline gets the GPU to itself, over the very same rows
        baseline(onGpu, size, singles, batches64, batches1024, matcherBest);
    }

    private void timeBatches(AccountFaces faces, Backend backend, int size, List<List<Descriptor>> batches, int warmUp, String what) {
        for (List<Descriptor> batch : batches.subList(0, warmUp)) {
            search(faces, backend, batch);
        }
        var times = new Latencies(batches.size() - warmUp);
        for (List<Descriptor> batch : batches.subList(warmUp, batches.size())) {
            times.add(timed(() -> search(faces, backend, batch)));
        }
        int q = batches.getFirst().size();
        report.row(size, what + ", batch of " + q + ", k=" + LIMIT, times, (long) size * q);
    }

    /** 32 callers, each with its own single queries, at once: the backend batches what waits together. */
    private void concurrentSingles(AccountFaces faces, Backend backend, int size, List<Descriptor> queries) throws Exception {
        int callers = 32;
        int each = 32;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            var latencies = new Latencies(callers * each);
            long start = System.nanoTime();
            var done = new ArrayList<Future<?>>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        Descriptor query = queries.get((caller * each + i) % queries.size());
                        long t = timed(() -> search(faces, backend, List.of(query)));
                        synchronized (latencies) {
                            latencies.add(t);
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report.row(size, String.format("cuda backend, %d callers at once, 1 query each (%,.0f queries/s), latency of each", callers,
                    callers * each / seconds), latencies, size);
        } finally {
            pool.shutdown();
        }
    }

    private void checkExact(AccountFaces faces, Backend gpu, Backend cpu, List<Descriptor> queries) {
        boolean same = search(faces, gpu, queries).equals(search(faces, cpu, queries));
        System.out.println("the GPU answers exactly as the CPU backend (ids, order, similarities) on " + queries.size() + " queries: " + same);
        if (!same) {
            throw new IllegalStateException("the cuda backend disagrees with the CPU backend");
        }
    }

    private void baseline(AccountFaces faces, int size, List<Descriptor> singles, List<List<Descriptor>> batches64,
                          List<List<Descriptor>> batches1024, List<List<Match>> matcherBest) throws Exception {
        try (var device = CudaDevice.open(0)) {
            CandidateRows rows = faces.searchEveryFace(candidates -> candidates);
            try (var baseline = new CublasBaseline(device, rows, 1_024)) {
                List<long[]> best = baseline.search(singles.subList(0, 5), LIMIT, workers);
                int agree = 0;
                for (int q = 0; q < 5; q++) {
                    UUID top = matcherBest.get(q).getFirst().faceId();
                    if (best.get(q)[0] == top.getMostSignificantBits() && best.get(q)[1] == top.getLeastSignificantBits()) {
                        agree++;
                    }
                }
                System.out.println("cuBLAS baseline's best face is the matcher's for " + agree + " of 5 queries");
                var single = new Latencies(20);
                for (Descriptor query : singles.subList(5, 25)) {
                    single.add(timed(() -> run(() -> baseline.search(List.of(query), LIMIT, workers))));
                }
                report.row(size, "baseline: cuBLAS fp16 GEMM, scores to the host, host top-k, 1 query", single, size);
                for (List<List<Descriptor>> batches : List.of(batches64.subList(0, 6), batches1024.subList(0, size > 2_000_000 ? 2 : 4))) {
                    run(() -> baseline.search(batches.getFirst(), LIMIT, workers));
                    var times = new Latencies(batches.size() - 1);
                    for (List<Descriptor> batch : batches.subList(1, batches.size())) {
                        times.add(timed(() -> run(() -> baseline.search(batch, LIMIT, workers))));
                    }
                    report.row(size, "baseline: cuBLAS fp16 GEMM, scores to the host, host top-k, batch of " + batches.getFirst().size(),
                            times, (long) size * batches.getFirst().size());
                }
            }
        }
    }

    /** Random faces, generated in parallel chunks (each chunk its own seed, so the data do not depend on the cores), put in order. */
    private void load(AccountFaces faces, int size) throws Exception {
        for (int from = 0; from < size; from += CHUNK * threads) {
            int batchFrom = from;
            var chunks = IntStream.range(0, threads).mapToObj(t -> workers.submit(() -> chunk(batchFrom / CHUNK + t,
                    Math.max(0, Math.min(CHUNK, size - batchFrom - t * CHUNK))))).toList();
            for (var chunk : chunks) {
                for (Face face : chunk.get()) {
                    faces.put(face.id(), face.descriptor(), Set.of());
                }
            }
        }
    }

    private record Face(UUID id, Descriptor descriptor) {}

    private static List<Face> chunk(int index, int count) {
        var random = new SplittableRandom(SEED * 31 + index);
        var faces = new ArrayList<Face>(count);
        for (int i = 0; i < count; i++) {
            faces.add(new Face(new UUID(random.nextLong(), random.nextLong()), gaussian(random)));
        }
        return faces;
    }

    private static Descriptor gaussian(SplittableRandom random) {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static final class Queries {
        private final SplittableRandom random;

        Queries(long seed) {
            random = new SplittableRandom(seed);
        }

        List<Descriptor> next(int count) {
            var queries = new ArrayList<Descriptor>(count);
            for (int i = 0; i < count; i++) {
                queries.add(gaussian(random));
            }
            return queries;
        }
    }

    private static List<List<Match>> search(AccountFaces faces, Backend backend, List<Descriptor> queries) {
        return faces.searchEveryFace(rows -> backend.search(rows, new SearchRequest(queries, LIMIT, 0)));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void run(Work work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static String cpuModel() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }
}
