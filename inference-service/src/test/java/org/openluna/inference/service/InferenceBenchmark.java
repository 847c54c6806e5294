package org.openluna.inference.service;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.shared.clients.ServiceProtocol;
import org.openluna.shared.clients.inference.DetectRequest;
import org.openluna.shared.clients.inference.DetectResponse;
import org.openluna.shared.clients.inference.InferenceClient;
import org.openluna.shared.clients.inference.PhotoInput;

/**
 * Photos per second through the running service: the service starts in this JVM, and 1, 4 and 16
 * clients post the six group photos (one per request) to {@code /1/detect} with descriptors, over
 * HTTP in msgpack, for a fixed time each; first with batching off (the baseline), then on. Each
 * answer is checked for the photo's known number of faces. Not a test; see
 * docs/benchmarks/inference.md for the command and what it printed.
 *
 * <p>Arguments: seconds per measurement (default 20), then the client counts (default 1 4 16).
 */
public final class InferenceBenchmark {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    private static final int[] FACES = {3, 3, 3, 4, 5, 4};
    private static final int MIN_FACE_SIZE = 50;

    private record Cell(boolean batching, int clients, int photos, int faces, int wrong, double seconds, double cpuSeconds, List<Long> latencies) {
        double photosPerSecond() { return photos / seconds; }

        double facesPerSecond() { return faces / seconds; }

        /** The share of all cores this process kept busy, service and clients together. */
        double busy() { return cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(); }

        double percentileMillis(double p) {
            return latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(p * latencies.size()) - 1)) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        var clientCounts = new ArrayList<Integer>();
        for (int i = 1; i < args.length; i++) {
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
        System.out.printf("%d processors (%s), Java %s, %d s per measurement%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), System.getProperty("java.version"), seconds);
        var cells = new ArrayList<Cell>();
        for (boolean batching : new boolean[] {false, true}) {
            var defaults = InferenceSettings.defaults(0);
            var settings = new InferenceSettings(defaults.host(), 0, defaults.runtime().withBatching(batching), defaults.limits(), defaults.maxRequestBytes());
            try (var server = InferenceServer.start(assets, settings)) {
                System.out.println("service: " + settings.runtime());
                var uri = URI.create("http://127.0.0.1:" + server.port() + InferenceClient.DETECT);
                measure(uri, bodies, batching, 2, 10);   // warm-up: JIT, ONNX Runtime's buffers for each batch size
                for (int clients : clientCounts) {
                    var cell = measure(uri, bodies, batching, clients, seconds);
                    cells.add(cell);
                    System.out.printf("batching %s, %2d clients: %.2f photos/s%n", batching ? "on " : "off", clients, cell.photosPerSecond());
                }
            }
        }
        print(cells);
    }

    private static Cell measure(URI uri, List<byte[]> bodies, boolean batching, int clients, int seconds) throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var photos = new AtomicInteger();
        var faces = new AtomicInteger();
        var wrong = new AtomicInteger();
        var failure = new AtomicLong();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        var done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread.ofPlatform().name("client-" + c).start(() -> {
                try {
                    for (int n = first; System.nanoTime() < end; n++) {
                        int photo = n % bodies.size();
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
                        latencies.add(took);
                        photos.incrementAndGet();
                        faces.addAndGet(found.size());
                        if (found.size() != FACES[photo] || found.stream().anyMatch(f -> f.descriptor() == null)) {
                            wrong.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failure.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        if (failure.get() > 0) {
            throw new IllegalStateException(failure.get() + " clients failed");
        }
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Cell(batching, clients, photos.get(), faces.get(), wrong.get(), elapsed, cpu, sorted);
    }

    private static void print(List<Cell> cells) {
        System.out.println();
        System.out.println("| batching | clients | photos/s | faces/s | ms per photo at this rate | latency p50 | p90 | p99 | CPU busy | photos | wrong face counts |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var c : cells) {
            System.out.printf("| %s | %d | %.2f | %.1f | %.0f | %.0f ms | %.0f ms | %.0f ms | %.0f%% | %d | %d |%n",
                    c.batching() ? "on" : "off", c.clients(), c.photosPerSecond(), c.facesPerSecond(), 1000 / c.photosPerSecond(),
                    c.percentileMillis(0.5), c.percentileMillis(0.9), c.percentileMillis(0.99), 100 * c.busy(), c.photos(), c.wrong());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
