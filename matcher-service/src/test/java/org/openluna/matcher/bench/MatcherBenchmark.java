package org.openluna.matcher.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import jdk.incubator.vector.ShortVector;
import org.openluna.matcher.accounts.AccountFaces;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.ScalarBackend;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Measures 1:N search on this machine: the matcher's CPU backend over N random L2-normalised
 * descriptors (fixed seed), one query at a time and in batches of 16, next to two baselines run in the
 * same process over the same data: the straightforward Vector API int8 kernel and a float32 brute force.
 * Also the compute ceiling with the rows in cache, the memory each face takes, and searches while
 * another thread changes the account. Not a test: run it with {@code scripts/bench-matcher.sh} (see
 * {@code docs/benchmarks/matcher.md}); arguments are the face counts, default 100000 1000000.
 */
public final class MatcherBenchmark {
    private static final int LIMIT = 100;
    private static final int BATCH = 16;
    private static final int SINGLE_RUNS = 40;
    private static final int BATCH_RUNS = 12;
    private static final int BASELINE_RUNS = 10;
    private static final long SEED = 2026;
    private static final int PUT_DELETE_PAIRS_PER_SECOND = 5_000;
    private static final int MOVES_PER_SECOND = 200;

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService baselineWorkers = Executors.newFixedThreadPool(threads);
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100_000, 1_000_000) : Arrays.stream(args).map(Integer::parseInt).toList();
        var benchmark = new MatcherBenchmark();
        try {
            benchmark.run(sizes);
        } finally {
            benchmark.baselineWorkers.shutdown();
        }
    }

    private void run(List<Integer> sizes) throws Exception {
        System.out.println("machine: " + threads + " cores, " + cpuModel() + ", " + simdFlags()
                + "; JDK " + Runtime.version() + ", Vector API shorts of " + ShortVector.SPECIES_PREFERRED.vectorBitSize() + " bits");
        System.out.println("load average at start: " + loadAverage());
        try (var cpu = new CpuBackend(threads)) {
            computeCeiling();
            for (int size : sizes) {
                measure(size, cpu);
            }
        }
        System.out.println("load average at end: " + loadAverage());
        report.print();
    }

    /**
     * Compute alone: 16,384 rows (8 MB, held in the L3 cache) searched over and over by one thread in
     * batches of 16, so memory bandwidth is not what limits it.
     */
    private void computeCeiling() {
        var faces = new RandomFaces(SEED);
        var account = new AccountFaces();
        int rows = 16_384;
        for (int i = 0; i < rows; i++) {
            account.put(faces.nextId(), faces.nextDescriptor(), Set.of());
        }
        var request = new SearchRequest(faces.nextDescriptors(BATCH), LIMIT, 0);
        try (var oneThread = new CpuBackend(1, 1_024, Long.MAX_VALUE)) {
            Function<CandidateRows, List<List<Match>>> search = candidates -> oneThread.search(candidates, request);
            for (int run = 0; run < 10; run++) {
                account.searchEveryFace(search);
            }
            var times = new Latencies(40);
            for (int run = 0; run < 40; run++) {
                times.add(timed(() -> account.searchEveryFace(search)));
            }
            report.row(rows, "compute ceiling: rows in L3 cache, 1 thread, batch of " + BATCH + ", k=" + LIMIT, times, (long) rows * BATCH);
        }
    }

    private void measure(int size, CpuBackend cpu) throws Exception {
        System.out.printf("%n%,d faces, load average %s%n", size, loadAverage());
        var ids = new UUID[size];
        var account = new AccountFaces();
        var faces = new RandomFaces(SEED + size);
        for (int i = 0; i < size; i++) {
            ids[i] = faces.nextId();
        }
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        for (UUID id : ids) {
            account.put(id, faces.nextDescriptor(), Set.of());
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("loaded in %.1f s (%,.0f faces/s); memory per face: %.1f bytes allocated by the index, %.1f bytes of heap growth%n",
                loadSeconds, size / loadSeconds, (double) account.allocatedBytes() / size, (double) (heapAfter - heapBefore) / size);

        var queries = new RandomFaces(SEED - size);
        List<Descriptor> singles = queries.nextDescriptors(SINGLE_RUNS);
        var batches = new ArrayList<List<Descriptor>>();
        for (int b = 0; b < BATCH_RUNS; b++) {
            batches.add(queries.nextDescriptors(BATCH));
        }

        // warm-up: the JIT compiles the search paths during the first searches of each shape
        for (Descriptor query : singles) {
            search(account, cpu, List.of(query));
        }
        var single = new Latencies(SINGLE_RUNS);
        for (Descriptor query : singles) {
            single.add(timed(() -> search(account, cpu, List.of(query))));
        }
        report.row(size, "matcher, 1 query, k=" + LIMIT + ", " + threads + " threads", single, size);

        for (List<Descriptor> batch : batches.subList(0, 3)) {
            search(account, cpu, batch);
        }
        var batched = new Latencies(BATCH_RUNS);
        for (List<Descriptor> batch : batches) {
            batched.add(timed(() -> search(account, cpu, batch)));
        }
        report.row(size, "matcher, batch of " + BATCH + ", k=" + LIMIT + ", " + threads + " threads", batched, (long) size * BATCH);

        checkExactAgainstScalar(account, cpu, singles.subList(0, 2));
        wideningBaseline(account, cpu, singles, size);
        floatBaseline(size, account, cpu, singles, ids);

        // last: these change the faces
        var changing = new SearchesWhileChanging(account, query -> search(account, cpu, List.of(query)).getFirst(), report, size);
        changing.whilePuttingAndDeleting(singles, Arrays.asList(ids).subList(0, Math.min(size, 50_000)), PUT_DELETE_PAIRS_PER_SECOND);
        changing.whileMoving(singles, Arrays.asList(ids).subList(size / 2, size / 2 + Math.min(size / 2, 50_000)), MOVES_PER_SECOND);
    }

    private static List<List<Match>> search(AccountFaces account, Backend backend, List<Descriptor> queries) {
        return account.searchEveryFace(rows -> backend.search(rows, new SearchRequest(queries, LIMIT, 0)));
    }

    private void checkExactAgainstScalar(AccountFaces account, CpuBackend cpu, List<Descriptor> queries) {
        try (var scalar = new ScalarBackend()) {
            boolean same = search(account, cpu, queries).equals(search(account, scalar, queries));
            System.out.println("CPU backend equals the scalar reference (ids, order, similarities) on " + queries.size() + " queries: " + same);
            if (!same) {
                throw new IllegalStateException("the CPU backend disagrees with the scalar reference");
            }
        }
    }

    private void wideningBaseline(AccountFaces account, CpuBackend cpu, List<Descriptor> queries, int size) {
        Function<CandidateRows, double[]> baseline = rows -> {
            try {
                return WideningKernelBaseline.bestSimilarities(rows, queries.getFirst(), LIMIT, baselineWorkers, threads);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double[] expected = search(account, cpu, List.of(queries.getFirst())).getFirst().stream().mapToDouble(Match::similarity).toArray();
        if (!Arrays.equals(account.searchEveryFace(baseline), expected)) {
            throw new IllegalStateException("the widening baseline finds other similarities");
        }
        var times = new Latencies(BASELINE_RUNS);
        for (int run = 0; run < BASELINE_RUNS; run++) {
            times.add(timed(() -> account.searchEveryFace(baseline)));
        }
        report.row(size, "baseline: straightforward int8 Vector API kernel (widen twice), 1 query, " + threads + " threads", times, size);
    }

    private void floatBaseline(int size, AccountFaces account, CpuBackend cpu, List<Descriptor> queries, UUID[] ids) throws Exception {
        var floats = new FloatBaseline(size);
        var faces = new RandomFaces(SEED + size); // the same descriptors, in the same order
        for (int i = 0; i < size; i++) {
            faces.nextId();
        }
        for (int i = 0; i < size; i++) {
            floats.set(i, faces.nextDescriptor());
        }
        Descriptor query = queries.getFirst();
        int[] best = floats.search(query, LIMIT, baselineWorkers, threads);
        UUID matcherBest = search(account, cpu, List.of(query)).getFirst().getFirst().faceId();
        System.out.println("float32 baseline's best face is the matcher's: " + ids[best[0]].equals(matcherBest)
                + " (its rows take " + floats.allocatedBytes() / size + " bytes a face)");
        var times = new Latencies(BASELINE_RUNS);
        for (Descriptor each : queries.subList(0, BASELINE_RUNS)) {
            times.add(timed(() -> {
                try {
                    floats.search(each, LIMIT, baselineWorkers, threads);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        report.row(size, "baseline: float32 brute force, Vector API FMA, 1 query, " + threads + " threads", times, size);
    }

    private static long timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static long usedHeapAfterGc() {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String cpuModel() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    private static String simdFlags() throws Exception {
        String flags = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("flags")).findFirst().orElse("");
        var present = new ArrayList<String>();
        for (String flag : List.of("avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "avx_vnni")) {
            if ((" " + flags + " ").contains(" " + flag + " ")) {
                present.add(flag);
            }
        }
        return String.join(" ", present);
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
