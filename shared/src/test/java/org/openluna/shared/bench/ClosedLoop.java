package org.openluna.shared.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop clients for the benchmarks: each of {@code clients} threads sends one request after
 * another for {@code seconds}, starting at its own photo and taking them in turn, and the run keeps
 * every request's latency, what the requests found and the CPU this process and the others used.
 */
public final class ClosedLoop {

    /** What one request found, and whether it was what the photo holds. */
    public record Outcome(int items, boolean right) {}

    /** One request about photo {@code photo}, timed by the caller around the call alone. */
    public interface Request {
        Timed send(int photo) throws Exception;
    }

    /** An outcome and how long the answer took. */
    public record Timed(Outcome outcome, long nanosTaken) {}

    public record Result(int requests, int items, int wrong, double elapsedSeconds, double cpuSeconds, double othersSeconds,
                         List<Long> sortedLatencies) {}

    private ClosedLoop() {}

    public static Result run(int clients, int seconds, int photos, Request request) throws InterruptedException {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var requests = new AtomicInteger();
        var items = new AtomicInteger();
        var wrong = new AtomicInteger();
        var failures = new AtomicInteger();
        long cpuStart = MachineLoad.processCpuNanos();
        double machineStart = MachineLoad.machineBusySeconds();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        var done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread.ofPlatform().name("client-" + c).start(() -> {
                try {
                    for (int n = first; System.nanoTime() < end; n++) {
                        var timed = request.send(n % photos);
                        latencies.add(timed.nanosTaken());
                        requests.incrementAndGet();
                        items.addAndGet(timed.outcome().items());
                        if (!timed.outcome().right()) {
                            wrong.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (MachineLoad.processCpuNanos() - cpuStart) / 1e9;
        double others = MachineLoad.machineBusySeconds() - machineStart - cpu;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " clients failed");
        }
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(requests.get(), items.get(), wrong.get(), elapsed, cpu, others, List.copyOf(sorted));
    }
}
