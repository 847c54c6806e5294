package org.openluna.inference.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The inputs waiting for one model, from every thread, run in groups: a worker takes its share of
 * what has gathered by the time it holds a run permit (an equal part for each of the model's
 * workers, at most the largest batch) as one run. Nothing waits on purpose for a batch to fill;
 * inputs pile up on their own while the runs before them go, so a lone request runs at once,
 * spread over the workers, and a busy service runs large batches.
 */
final class BatchQueue implements AutoCloseable {

    /** One ONNX Runtime run over a batch; the outputs of each input, in order. */
    @FunctionalInterface
    interface Run {
        List<Map<String, float[]>> over(List<float[]> inputs, RunPermits.Permit permit);
    }

    private record Work(float[] input, CompletableFuture<Map<String, float[]>> output) {}

    // guarded by itself; a caller's inputs go in at once, so a worker never takes a part of them
    // that happened to be there (LinkedBlockingQueue.addAll adds one at a time)
    private final ArrayDeque<Work> pending = new ArrayDeque<>();
    private final RunPermits permits;
    private final int maxBatch;
    private final Run run;
    private final List<Thread> workers = new ArrayList<>();
    private final int workerCount;
    private volatile boolean closed;

    BatchQueue(String model, int workerCount, int maxBatch, RunPermits permits, Run run) {
        this.permits = permits;
        this.maxBatch = maxBatch;
        this.run = run;
        this.workerCount = workerCount;
        for (int i = 0; i < workerCount; i++) {
            var worker = Thread.ofPlatform().name("model-" + model + "-" + i).daemon().unstarted(this::work);
            workers.add(worker);
            worker.start();
        }
    }

    /** The outputs of each input, in order; blocks until all have run. */
    List<Map<String, float[]>> run(List<float[]> inputs) {
        if (closed) {
            throw new IllegalStateException("the model is closed");
        }
        var work = new ArrayList<Work>(inputs.size());
        for (var input : inputs) {
            work.add(new Work(input, new CompletableFuture<>()));
        }
        synchronized (pending) {
            pending.addAll(work);
            pending.notifyAll();
        }
        var outputs = new ArrayList<Map<String, float[]>>(inputs.size());
        for (var w : work) {
            try {
                outputs.add(w.output().join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return outputs;
    }

    private void work() {
        while (!closed) {
            Work first;
            try {
                first = next();
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                continue;
            }
            var batch = new ArrayList<Work>(maxBatch);
            batch.add(first);
            try (var permit = permits.acquire()) {
                // what gathered while this worker waited for its permit joins the run, shared with the
                // model's other workers so that a lone photo's tiles run on every core, not one
                synchronized (pending) {
                    int share = (pending.size() + workerCount) / workerCount;   // ceil((pending + 1) / workers)
                    for (int i = 1; i < Math.min(maxBatch, share) && !pending.isEmpty(); i++) {
                        batch.add(pending.poll());
                    }
                }
                var outputs = run.over(batch.stream().map(Work::input).toList(), permit);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).output().complete(outputs.get(i));
                }
            } catch (RuntimeException | Error e) {
                // every caller waiting on this batch must hear back, or its request hangs
                batch.forEach(w -> w.output().completeExceptionally(e));
            }
        }
    }

    /** The first input waiting, or null after a second without one. */
    private Work next() throws InterruptedException {
        synchronized (pending) {
            if (pending.isEmpty()) {
                pending.wait(1000);
            }
            return pending.poll();
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        for (var worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (pending) {
            Work left;
            while ((left = pending.poll()) != null) {
                left.output().completeExceptionally(new IllegalStateException("the model closed before this input ran"));
            }
        }
    }
}
