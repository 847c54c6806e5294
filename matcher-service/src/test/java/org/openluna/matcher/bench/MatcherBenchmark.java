package org.openluna.matcher.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
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
 * Also the kernel's ceiling with the rows in cache, the memory each face takes, and searches while
 * another thread adds and deletes faces. Not a test: run it with {@code scripts/bench-matcher.sh}
 * (see {@code docs/benchmarks/matcher.md}); arguments are the face counts, default 100000 1000000.
 */
public final class MatcherBenchmark {
    private static final int LIMIT = 100;
    private static final int BATCH = 16;
    private static final int SINGLE_RUNS = 40;
    private static final int BATCH_RUNS = 12;
    private static final int BASELINE_RUNS = 10;
    private static final long SEED = 2026;
    private static final int WRITE_PAIRS_PER_SECOND = 5_000;

    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService baselineWorkers = Executors.newFixedThreadPool(threads);
    private final List<String> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100_000, 1_000_000) : List.of(args).stream().map(Integer::parseInt).toList();
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
            kernelCeiling();
            for (int size : sizes) {
                measure(size, cpu);
            }
        }
        System.out.println("load average at end: " + loadAverage());
        System.out.println();
        System.out.println("| faces | what | median ms | p95 ms | best ms | comparisons/s at the median | CPU used by other processes |");
        System.out.println("|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    /**
     * Compute alone: 16,384 rows (8 MB, held in the L3 cache) searched over and over by one thread in
     * batches of 16, so memory bandwidth is not what limits it.
     */
    private void kernelCeiling() {
        var random = new SplittableRandom(SEED);
        var account = new AccountFaces();
        int rows = 16_384;
        for (int i = 0; i < rows; i++) {
            account.put(new UUID(random.nextLong(), random.nextLong()), randomDescriptor(random), Set.of());
        }
        var request = new SearchRequest(randomDescriptors(random, BATCH), LIMIT, 0);
        try (var oneThread = new CpuBackend(1, 4_096, Long.MAX_VALUE)) {
            Function<CandidateRows, List<List<Match>>> search = candidates -> oneThread.search(candidates, request);
            var times = new Latencies(40);
            for (int run = 0; run < 50; run++) {
                long start = System.nanoTime();
                account.searchEveryFace(search);
                if (run >= 10) {
                    times.add(System.nanoTime() - start);
                }
            }
            row(rows, "compute ceiling: rows in L3 cache, 1 thread, batch of " + BATCH + ", k=" + LIMIT, times, (long) rows * BATCH);
        }
    }

    private void measure(int size, CpuBackend cpu) throws Exception {
        System.out.printf("%n%,d faces, load average %s%n", size, loadAverage());
        var ids = new long[2 * size];
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        var account = new AccountFaces();
        var random = new SplittableRandom(SEED + size);
        for (int i = 0; i < size; i++) {
            ids[2 * i] = random.nextLong();
            ids[2 * i + 1] = random.nextLong();
            account.put(new UUID(ids[2 * i], ids[2 * i + 1]), randomDescriptor(random), Set.of());
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("loaded in %.1f s (%,.0f faces/s); memory per face: %.1f bytes allocated by the index, %.1f bytes of heap growth (ids array of the benchmark excluded)%n",
                loadSeconds, size / loadSeconds, (double) account.allocatedBytes() / size,
                (double) (heapAfter - heapBefore - 16L * size) / size);

        var queryRandom = new SplittableRandom(SEED - size);
        List<Descriptor> singles = randomDescriptors(queryRandom, SINGLE_RUNS);
        var batches = new ArrayList<List<Descriptor>>();
        for (int b = 0; b < BATCH_RUNS; b++) {
            batches.add(randomDescriptors(queryRandom, BATCH));
        }

        search(account, cpu, singles.subList(0, 5));
        var single = new Latencies(SINGLE_RUNS);
        for (Descriptor query : singles) {
            single.add(timed(() -> search(account, cpu, List.of(query))));
        }
        row(size, "matcher, 1 query, k=" + LIMIT + ", " + threads + " threads", single, size);

        search(account, cpu, batches.getFirst());
        var batched = new Latencies(BATCH_RUNS);
        for (List<Descriptor> batch : batches) {
            batched.add(timed(() -> search(account, cpu, batch)));
        }
        row(size, "matcher, batch of " + BATCH + ", k=" + LIMIT + ", " + threads + " threads", batched, (long) size * BATCH);

        checkExactAgainstScalar(account, cpu, singles.subList(0, 2));
        widenedBaseline(account, cpu, singles, size);
        floatBaseline(size, account, cpu, singles, ids);
        searchesWhileWriting(account, cpu, singles, ids, size); // last: it changes the faces

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

    private void widenedBaseline(AccountFaces account, CpuBackend cpu, List<Descriptor> queries, int size) throws Exception {
        Function<CandidateRows, double[]> baseline = rows -> {
            try {
                return WideningKernelBaseline.bestSimilarities(rows, queries.getFirst(), LIMIT, baselineWorkers, threads);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double[] expected = search(account, cpu, List.of(queries.getFirst())).getFirst().stream().mapToDouble(Match::similarity).toArray();
        if (!java.util.Arrays.equals(account.searchEveryFace(baseline), expected)) {
            throw new IllegalStateException("the widening baseline finds other similarities");
        }
        var times = new Latencies(BASELINE_RUNS);
        for (int run = 0; run < BASELINE_RUNS; run++) {
            times.add(timed(() -> account.searchEveryFace(baseline)));
        }
        row(size, "baseline: straightforward int8 Vector API kernel (widen twice), 1 query, " + threads + " threads", times, size);
    }

    /**
     * Single queries while a writer thread puts a new face and deletes an old one {@value #WRITE_PAIRS_PER_SECOND}
     * times a second. On two cores the writer also takes CPU time from the search.
     */
    private void searchesWhileWriting(AccountFaces account, CpuBackend cpu, List<Descriptor> queries, long[] ids, int size)
            throws InterruptedException {
        var writing = new AtomicBoolean(true);
        var writes = new Latencies(1 << 22);
        var writeCount = new long[1];
        var writer = Thread.ofPlatform().start(() -> {
            var random = new SplittableRandom(SEED * 3);
            int next = 0;
            long due = System.nanoTime();
            while (writing.get() && next < size) {
                due += 1_000_000_000L / WRITE_PAIRS_PER_SECOND;
                LockSupport.parkNanos(due - System.nanoTime());
                Descriptor descriptor = randomDescriptor(random);
                UUID added = new UUID(random.nextLong(), random.nextLong());
                UUID deleted = new UUID(ids[2 * next], ids[2 * next + 1]);
                next++;
                writes.add(timed(() -> account.put(added, descriptor, Set.of())));
                writes.add(timed(() -> account.delete(deleted)));
                writeCount[0] += 2;
            }
        });
        var searches = new Latencies(queries.size());
        long start = System.nanoTime();
        for (Descriptor query : queries) {
            searches.add(timed(() -> search(account, cpu, List.of(query))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writing.set(false);
        writer.join();
        row(size, String.format("matcher, 1 query, while another thread puts and deletes %,.0f faces/s", writeCount[0] / seconds), searches, size);
        table.add(String.format("| %,d | each of those puts and deletes | %.3f | %.3f | %.3f | | |", size, writes.medianMillis(),
                writes.p95Millis(), writes.bestMillis()));
    }

    private void floatBaseline(int size, AccountFaces account, CpuBackend cpu, List<Descriptor> queries, long[] ids) throws Exception {
        FloatBaseline floats;
        try {
            floats = new FloatBaseline(size);
        } catch (OutOfMemoryError e) {
            System.out.println("float32 baseline skipped: " + size + " faces need " + (size * 2L) + " KB of heap");
            return;
        }
        var random = new SplittableRandom(SEED + size); // the same descriptors, in the same order
        for (int i = 0; i < size; i++) {
            random.nextLong();
            random.nextLong();
            floats.set(i, randomDescriptor(random));
        }
        Descriptor query = queries.getFirst();
        int[] best = floats.search(query, LIMIT, baselineWorkers, threads);
        UUID floatTop = new UUID(ids[2 * best[0]], ids[2 * best[0] + 1]);
        UUID matcherTop = search(account, cpu, List.of(query)).getFirst().getFirst().faceId();
        System.out.println("float32 baseline's best face is the matcher's: " + floatTop.equals(matcherTop)
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
        row(size, "baseline: float32 brute force, Vector API FMA, 1 query, " + threads + " threads", times, size);
    }

    private void row(int faces, String what, Latencies times, long comparisonsPerRun) {
        double median = times.medianMillis();
        String line = String.format("| %,d | %s | %.2f | %.2f | %.2f | %,.1f M | %.0f%% |", faces, what, median, times.p95Millis(),
                times.bestMillis(), comparisonsPerRun / median / 1e3, times.otherLoadPercent());
        table.add(line);
        System.out.println(line);
    }

    private static long timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static Descriptor randomDescriptor(SplittableRandom random) {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static List<Descriptor> randomDescriptors(SplittableRandom random, int count) {
        var descriptors = new ArrayList<Descriptor>(count);
        for (int i = 0; i < count; i++) {
            descriptors.add(randomDescriptor(random));
        }
        return descriptors;
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
