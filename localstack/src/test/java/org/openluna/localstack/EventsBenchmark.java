package org.openluna.localstack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.inference.models.Asset;
import org.openluna.shared.bench.ClosedLoop;
import org.openluna.shared.bench.MachineLoad;

/**
 * A benchmark, not a test: events per second through a handler on the local stack, all of it in this
 * JVM (emulators, inference and matcher services, gateway, Sender). The handler detects, extracts a
 * descriptor, matches every face against a list of the three people of sample1, and stores each face's
 * sample and the event and sends it to the Sender (the defaults); clients post the six group photos in
 * turn, one photo a request, 3 to 5 faces, so 3 to 5 events each. A second handler, measured in the same
 * turns, does the same work and keeps and sends nothing: the difference is what storage and delivery
 * cost. Each answer is checked for its
 * photo's number of events. 1 and 8 clients are measured in turns, several times over; as
 * {@code InferenceBenchmark} does, each turn reads /proc/stat for the CPU other processes took, and a
 * line of the table is the median of the turns they left alone (under 5% of the cores), or the least
 * disturbed one. Run with {@code scripts/bench-events.sh}; figures go to docs/benchmarks/events.md.
 *
 * <p>Arguments: seconds per turn (default 20), turns (default 3), then the client counts (default 1 8).
 */
public final class EventsBenchmark {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    private static final int[] FACES = {3, 3, 3, 4, 5, 4};

    private record Turn(String handler, int clients, int requests, int events, int wrong, double seconds, double cpuSeconds, double othersCpuSeconds,
                        List<Long> latencies) {
        double eventsPerSecond() { return events / seconds; }

        double requestsPerSecond() { return requests / seconds; }

        double busy() { return cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(); }

        double othersBusy() { return Math.max(0, othersCpuSeconds / seconds / Runtime.getRuntime().availableProcessors()); }

        double cpuMillisPerEvent() { return 1000 * cpuSeconds / events; }

        double percentileMillis(double p) {
            return latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(p * latencies.size()) - 1)) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var clientCounts = new ArrayList<Integer>();
        for (int i = 2; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts.addAll(List.of(1, 8));
        }
        var photos = PHOTOS.stream().map(DetectorTest::photo).toList();
        var dataDir = Files.createTempDirectory("luna-bench-events-");
        try (var stack = LocalStack.start(FreePorts.settingsFor(dataDir))) {
            var api = new Api(stack.gatewayPort());
            var client = api.newAccount("user").withToken();
            var known = ListsTest.createList(client, "known people");
            var people = EventsDay.enrol(client, known, Asset.PHOTO_1, "sample1 face ");
            var match = List.of(Map.of("label", "known", "candidates", Map.of("origin", "faces", "list_id", known), "limit", 3));
            var handlers = new java.util.LinkedHashMap<String, String>();
            handlers.put("stores", client.postJson("/6/handlers", Map.of("description", "benchmark", "policies", Map.of("match_policy", match)))
                    .assertStatus(201).text("handler_id"));
            // the baseline of the same run: the same detection, extraction and matching, nothing kept or sent
            handlers.put("nothing", client.postJson("/6/handlers", Map.of("description", "baseline", "policies", Map.of("match_policy", match,
                    "storage_policy", Map.of("face_sample_policy", Map.of("store_sample", 0), "event_policy", Map.of("store_event", 0),
                            "notification_policy", Map.of("send_notification", 0)))))
                    .assertStatus(201).text("handler_id"));
            Eventually.value("the matcher holds the three people", () -> Matching.found(client,
                    EventsDay.descriptorOf(client, people.getFirst()), Map.of("list_id", known), 3), found -> found.size() == 3);
            System.out.printf("%d processors, Java %s, %d s per turn, %d turns%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), seconds, turns);
            for (var handler : handlers.entrySet()) {
                measure(handler.getKey(), client, path(handler.getValue()), photos, 2, 10);   // warm-up: JIT, the models' buffers, the tables' first pages
            }
            var measured = new ArrayList<List<Turn>>();
            for (int i = 0; i < handlers.size() * clientCounts.size(); i++) {
                measured.add(new ArrayList<>());
            }
            for (int c = 0; c < clientCounts.size(); c++) {
                for (int t = 0; t < turns; t++) {
                    int h = 0;
                    for (var handler : handlers.entrySet()) {
                        var turn = measure(handler.getKey(), client, path(handler.getValue()), photos, clientCounts.get(c), seconds);
                        System.out.printf("handler storing %s, %d clients, turn %d: %.2f events/s, CPU busy %.0f%%, others %.0f%%%n",
                                handler.getKey(), clientCounts.get(c), t + 1, turn.eventsPerSecond(), 100 * turn.busy(), 100 * turn.othersBusy());
                        measured.get(h * clientCounts.size() + c).add(turn);
                        h++;
                    }
                }
            }
            print(measured);
        }
    }

    private static String path(String handlerId) {
        return "/6/handlers/" + handlerId + "/events";
    }

    private static Turn measure(String handler, Api client, String path, List<byte[]> photos, int clients, int seconds) throws InterruptedException {
        var run = ClosedLoop.run(clients, seconds, photos.size(), photo -> {
            long sent = System.nanoTime();
            var reply = client.post(path, "image/jpeg", photos.get(photo));
            long took = System.nanoTime() - sent;
            if (reply.status() != 201) {
                throw new IllegalStateException("the handler answered " + reply.status());
            }
            int made = reply.json().get("events").size();
            return new ClosedLoop.Timed(new ClosedLoop.Outcome(made, made == FACES[photo]), took);
        });
        return new Turn(handler, clients, run.requests(), run.items(), run.wrong(), run.elapsedSeconds(), run.cpuSeconds(),
                run.othersSeconds(), run.sortedLatencies());
    }

    private static void print(List<List<Turn>> measured) {
        System.out.println();
        System.out.println("| handler stores | clients | events/s | (all turns) | photos/s | latency p50 | p90 | CPU busy | others | CPU ms per event | events | wrong event counts |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var turns : measured) {
            var cell = MachineLoad.representative(turns, Turn::othersBusy, Turn::eventsPerSecond);
            double slowest = turns.stream().mapToDouble(Turn::eventsPerSecond).min().orElseThrow();
            double fastest = turns.stream().mapToDouble(Turn::eventsPerSecond).max().orElseThrow();
            System.out.printf("| %s | %d | %.2f | %.2f-%.2f | %.2f | %.0f ms | %.0f ms | %.0f%% | %.0f%% | %.0f | %d | %d |%n",
                    cell.handler().equals("stores") ? "samples, events, notifications (defaults)" : "nothing", cell.clients(),
                    cell.eventsPerSecond(), slowest, fastest, cell.requestsPerSecond(), cell.percentileMillis(0.5), cell.percentileMillis(0.9),
                    100 * cell.busy(), 100 * cell.othersBusy(), cell.cpuMillisPerEvent(), cell.events(), cell.wrong());
        }
    }
}
