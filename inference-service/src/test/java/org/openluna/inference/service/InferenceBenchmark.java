package org.openluna.inference.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.protocol.ServiceProtocol;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.DetectResponse;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.shared.bench.ClosedLoop;
import org.openluna.shared.bench.MachineLoad;

/**
 * Photos per second through the running service: two services start in this JVM, one with batching
 * off (the baseline) and one with it on, and 1, 4 and 16 clients post the six group photos (one per
 * request) to {@code /1/detect} with descriptors, over HTTP in msgpack, for a fixed time each. The
 * two are measured in turns, several times over, because the machine may be shared: each line of
 * the table is the median of the turns other processes left alone (their CPU, read from /proc/stat,
 * under 5% of the cores), or the least disturbed turn when none was, with the range over all turns
 * beside it, the share of the cores this process kept busy and the share others took. Each answer is checked for the photo's known
 * number of faces. Not a test; docs/benchmarks/inference.md has the command and what it printed.
 *
 * <p>Arguments: seconds per turn (default 12), turns (default 4), then the client counts (default 1 4 16).
 */
public final class InferenceBenchmark {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    private static final int[] FACES = {3, 3, 3, 4, 5, 4};
    // the platform's smallest face (ImageDetections)
    private static final int MIN_FACE_SIZE = 20;

    private record Cell(boolean batching, int clients, int photos, int faces, int wrong, double seconds, double cpuSeconds, double othersCpuSeconds,
                        List<Long> latencies) {
        double photosPerSecond() { return photos / seconds; }

        double facesPerSecond() { return faces / seconds; }

        /** The share of all cores this process kept busy, service and clients together. */
        double busy() { return cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(); }

        /** CPU time this process spent per photo, service and clients together: what a photo costs, whoever else runs. */
        double cpuMillisPerPhoto() { return 1000 * cpuSeconds / photos; }

        /** The share of all cores other processes took meanwhile: what disturbed this turn. */
        double othersBusy() { return Math.max(0, othersCpuSeconds / seconds / Runtime.getRuntime().availableProcessors()); }

        double percentileMillis(double p) {
            return latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(p * latencies.size()) - 1)) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        var clientCounts = new ArrayList<Integer>();
        for (int i = 2; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts.addAll(List.of(1, 4, 16));
        }
        var assets = AssetCache.fromEnvironment();
        var bodies = new ArrayList<byte[]>();
        for (var photo : PHOTOS) {
            var request = new DetectRequest(List.of(new PhotoInput(Files.readAllBytes(assets.path(photo)), "image/jpeg")),
                    MIN_FACE_SIZE, false, true, true, Set.of());
            bodies.add(ServiceProtocol.write(request, ServiceProtocol.MSGPACK));
        }
        System.out.printf("%d processors, Java %s, %d s per turn, %d turns%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds, turns);
        var defaults = InferenceSettings.defaults(0);
        try (var off = InferenceServer.start(assets, withBatching(defaults, false));
             var on = InferenceServer.start(assets, withBatching(defaults, true))) {
            var services = new InferenceServer[] {off, on};
            for (int mode = 0; mode < services.length; mode++) {
                measure(detectUri(services[mode]), bodies, mode == 1, 2, 10);   // warm-up: JIT, ONNX Runtime's buffers for each batch size
            }
            var measured = new ArrayList<List<List<Cell>>>();
            for (int mode = 0; mode < services.length; mode++) {
                measured.add(new ArrayList<>());
                for (int c = 0; c < clientCounts.size(); c++) {
                    measured.get(mode).add(new ArrayList<>());
                }
            }
            for (int c = 0; c < clientCounts.size(); c++) {
                for (int turn = 0; turn < turns; turn++) {
                    for (int mode = 0; mode < services.length; mode++) {
                        var cell = measure(detectUri(services[mode]), bodies, mode == 1, clientCounts.get(c), seconds);
                        System.out.printf("batching %s, %2d clients, turn %d: %.2f photos/s, CPU busy %.0f%%, others %.0f%%%n", mode == 1 ? "on " : "off",
                                clientCounts.get(c), turn + 1, cell.photosPerSecond(), 100 * cell.busy(), 100 * cell.othersBusy());
                        measured.get(mode).get(c).add(cell);
                    }
                }
            }
            print(measured, defaults.runtime());
        }
    }

    private static InferenceSettings withBatching(InferenceSettings defaults, boolean batching) {
        return new InferenceSettings(defaults.host(), 0, defaults.runtime().withBatching(batching), defaults.limits(), defaults.maxRequestBytes());
    }

    private static URI detectUri(InferenceServer server) {
        return URI.create("http://127.0.0.1:" + server.port() + InferenceClient.DETECT);
    }

    private static Cell measure(URI uri, List<byte[]> bodies, boolean batching, int clients, int seconds) throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var run = ClosedLoop.run(clients, seconds, bodies.size(), photo -> {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", ServiceProtocol.MSGPACK).header("Accept", ServiceProtocol.MSGPACK)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(photo))).build();
            long sent = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the service answered " + response.statusCode());
            }
            var found = ServiceProtocol.read(response.body(), ServiceProtocol.MSGPACK, DetectResponse.class).photos().getFirst().faces();
            boolean right = found.size() == FACES[photo] && found.stream().noneMatch(f -> f.descriptor() == null);
            return new ClosedLoop.Timed(new ClosedLoop.Outcome(found.size(), right), took);
        });
        return new Cell(batching, clients, run.requests(), run.items(), run.wrong(), run.elapsedSeconds(), run.cpuSeconds(),
                run.othersSeconds(), run.sortedLatencies());
    }

    private static void print(List<List<List<Cell>>> measured, Object runtime) {
        System.out.println();
        System.out.println("service: " + runtime + ", batching off and on");
        System.out.println("| batching | clients | photos/s | (all turns) | faces/s | ms per photo at this rate | latency p50 | p90 | p99 | CPU busy | others | CPU ms per photo | photos | wrong face counts |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var mode : measured) {
            for (var turns : mode) {
                var cell = MachineLoad.representative(turns, Cell::othersBusy, Cell::photosPerSecond);
                double slowest = turns.stream().mapToDouble(Cell::photosPerSecond).min().orElseThrow();
                double fastest = turns.stream().mapToDouble(Cell::photosPerSecond).max().orElseThrow();
                System.out.printf("| %s | %d | %.2f | %.2f-%.2f | %.1f | %.0f | %.0f ms | %.0f ms | %.0f ms | %.0f%% | %.0f%% | %.0f | %d | %d |%n",
                        cell.batching() ? "on" : "off", cell.clients(), cell.photosPerSecond(), slowest, fastest,
                        cell.facesPerSecond(), 1000 / cell.photosPerSecond(), cell.percentileMillis(0.5), cell.percentileMillis(0.9),
                        cell.percentileMillis(0.99), 100 * cell.busy(), 100 * cell.othersBusy(), cell.cpuMillisPerPhoto(), cell.photos(), cell.wrong());
            }
        }
    }
}
