package org.openluna.localstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openluna.shared.bench.MachineLoad;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark, not a test: cross-matching and clustering tasks on the local stack, all of it in this
 * JVM, with the task functions over ElasticMQ as {@code LocalWorkers} runs them (two batches at once
 * per queue). Faces get random L2-normalised descriptors (fixed seeds) through {@code POST /6/faces},
 * each into its list. For each task the comparisons per second (references x candidates over the
 * task's time from creation to done) are set against the matcher's own rate in the same run: one
 * reference over the same candidates through {@code POST /6/matcher/faces}, 30 queries after 10 to
 * warm up, candidates over the median time. Run with {@code scripts/bench-tasks.sh}; figures go to
 * docs/benchmarks/tasks.md.
 *
 * <p>The estimator: a ZIP of the six group photos repeated, served over local HTTP, through a handler
 * of the default policies, against posting the same photos to a handler of the same policies from as
 * many clients as the task functions run parts at once (two); photos per second from creation to done.
 *
 * <p>Arguments: faces on each side of the cross-match (default 10,000), faces clustered (default
 * 100,000), photos estimated (default 60); 0 leaves a part out.
 */
public final class TasksBenchmark {
    private static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        int crossFaces = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clusterFaces = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int photos = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        var dataDir = Files.createTempDirectory("luna-bench-tasks-");
        try (var stack = LocalStack.start(FreePorts.settingsFor(dataDir))) {
            var client = new Api(stack.gatewayPort()).newAccount("user").withToken();
            System.out.printf("%d processors, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

            if (crossFaces > 0) {
                crossMatch(client, crossFaces);
            }
            if (clusterFaces > 0) {
                clustering(client, clusterFaces, 1 + 2L * crossFaces);
            }
            if (photos > 0) {
                estimator(client, photos);
            }
        }
    }

    private static void crossMatch(Api client, int crossFaces) throws Exception {
        var references = ListsTest.createList(client, "references");
        var candidates = ListsTest.createList(client, "candidates");
        var referenceIds = enrol(client, references, crossFaces, 1);
        enrol(client, candidates, crossFaces, 1 + crossFaces);
        var crossRate = matcherRate(client, referenceIds, candidates, crossFaces, 3);
        var cross = runTask(client, "/6/tasks/cross_match", Map.of("content", Map.of("filters", Map.of(
                "reference_filters", Map.of("list_id", references), "candidate_filters", Map.of("list_id", candidates)), "limit", 3)));
        report("cross_match " + crossFaces + " x " + crossFaces, cross, (double) crossFaces * crossFaces, crossRate);
    }

    private static void clustering(Api client, int clusterFaces, long firstSeed) throws Exception {
        var clustered = ListsTest.createList(client, "clustered");
        var clusteredIds = enrol(client, clustered, clusterFaces, firstSeed);
        var clusterRate = matcherRate(client, clusteredIds, clustered, clusterFaces, 100);
        var clustering = runTask(client, "/6/tasks/clustering", Map.of("content", Map.of("objects_type", "faces",
                "filters", Map.of("list_id", clustered), "threshold", 0.5)));
        report("clustering " + clusterFaces, clustering, (double) clusterFaces * clusterFaces, clusterRate);
    }

    private static final List<org.openluna.inference.models.Asset> PHOTOS = List.of(org.openluna.inference.models.Asset.PHOTO_1,
            org.openluna.inference.models.Asset.PHOTO_2, org.openluna.inference.models.Asset.PHOTO_3, org.openluna.inference.models.Asset.PHOTO_4,
            org.openluna.inference.models.Asset.PHOTO_5, org.openluna.inference.models.Asset.PHOTO_6);

    private static void estimator(Api client, int photos) throws Exception {
        var images = new ArrayList<byte[]>();
        var zipped = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipped)) {
            for (int i = 0; i < photos; i++) {
                var bytes = DetectorTest.photo(PHOTOS.get(i % PHOTOS.size()));
                images.add(bytes);
                zip.putNextEntry(new java.util.zip.ZipEntry("photo-" + i + ".jpg"));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        var archive = zipped.toByteArray();
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/photos.zip", exchange -> {
            exchange.sendResponseHeaders(200, archive.length);
            exchange.getResponseBody().write(archive);
            exchange.close();
        });
        server.start();
        try {
            var estimated = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            var posted = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            // warm-up: the models' buffers and the JIT, through both paths
            for (int i = 0; i < 6; i++) {
                client.post("/6/handlers/" + posted + "/events", "image/jpeg", images.get(i)).assertStatus(201);
            }
            var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/photos.zip";
            var run = runTask(client, "/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated),
                    "source", Map.of("source_type", "zip", "reference", url))));
            long start = System.nanoTime();
            try (var pool = Executors.newFixedThreadPool(2)) {
                var answers = new ArrayList<Future<?>>();
                for (var image : images) {
                    answers.add(pool.submit(() -> client.post("/6/handlers/" + posted + "/events", "image/jpeg", image).assertStatus(201)));
                }
                for (var answer : answers) {
                    answer.get();
                }
            }
            double postedSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("estimator %d photos: %d parts, %.1f s, %.2f photos/s; posting them from 2 clients: %.1f s, %.2f photos/s"
                            + " (task/posting %.2f); CPU %.0f%% of the machine, others %.0f%%%n", photos, run.task().get("count_task_parts_all").asInt(),
                    run.seconds(), photos / run.seconds(), postedSeconds, photos / postedSeconds, postedSeconds / run.seconds(),
                    100 * run.cpuSeconds() / run.seconds() / Runtime.getRuntime().availableProcessors(), 100 * run.othersBusy());
        } finally {
            server.stop(0);
        }
    }

    /** The faces, each with a random descriptor of its own seed, in the list; their ids. */
    private static List<String> enrol(Api client, String list, int count, long firstSeed) throws Exception {
        long start = System.nanoTime();
        var ids = Collections.synchronizedList(new ArrayList<String>());
        try (var pool = Executors.newFixedThreadPool(CLIENTS)) {
            var created = new ArrayList<Future<?>>();
            for (int i = 0; i < count; i++) {
                long seed = firstSeed + i;
                created.add(pool.submit(() -> ids.add(Matching.faceWith(client, EventInputsTest.randomDescriptor(seed), List.of(list), "bench"))));
            }
            for (var face : created) {
                face.get();
            }
        }
        System.out.printf("enrolled %,d faces in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        Eventually.value("the matcher holds the list", () -> Matching.faceIds(Matching.result(Matching.match(client,
                Matching.reference("face", ids.getFirst()), Matching.faces(Map.of("list_id", list), 1)))).size(),
                size -> size == 1, Duration.ofMinutes(2));
        return ids;
    }

    /** The matcher's comparisons per second for one reference over the list: candidates over the median time. */
    private static double matcherRate(Api client, List<String> references, String list, int candidates, int limit) {
        var times = new ArrayList<Long>();
        for (int q = 0; q < 40; q++) {
            long start = System.nanoTime();
            Matching.match(client, Matching.reference("face", references.get(q)), Matching.faces(Map.of("list_id", list), limit));
            if (q >= 10) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2) / 1e9;
        System.out.printf("matcher, one reference over %,d: median %.1f ms%n", candidates, median * 1000);
        return candidates / median;
    }

    private record Run(JsonNode task, double seconds, double cpuSeconds, double othersBusy) {}

    private static Run runTask(Api client, String path, Map<String, Object> body) {
        double machineBefore = MachineLoad.machineBusySeconds();
        long cpuBefore = MachineLoad.processCpuNanos();
        long start = System.nanoTime();
        long taskId = client.postJson(path, body).assertStatus(201).json().get("task_id").asLong();
        var task = Eventually.value("task " + taskId + " done", () -> client.get("/6/tasks/" + taskId).assertStatus(200).json(),
                t -> t.get("task_status").asInt() == 5 || t.get("task_status").asInt() == 3, Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (MachineLoad.processCpuNanos() - cpuBefore) / 1e9;
        double others = (MachineLoad.machineBusySeconds() - machineBefore - cpu) / seconds / Runtime.getRuntime().availableProcessors();
        if (task.get("task_status").asInt() != 5) {
            throw new IllegalStateException("task " + taskId + " failed: " + client.get("/6/tasks/" + taskId + "/errors").json());
        }
        return new Run(task, seconds, cpu, Math.max(0, others));
    }

    private static void report(String what, Run run, double comparisons, double matcherRate) {
        double rate = comparisons / run.seconds();
        System.out.printf("%s: %d parts, %.1f s, %.3g comparisons/s; matcher one query: %.3g comparisons/s (task/matcher %.2f);"
                        + " CPU %.0f%% of the machine, others %.0f%%%n", what, run.task().get("count_task_parts_all").asInt(), run.seconds(), rate,
                matcherRate, rate / matcherRate, 100 * run.cpuSeconds() / run.seconds() / Runtime.getRuntime().availableProcessors(),
                100 * run.othersBusy());
    }
}
