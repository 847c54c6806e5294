package org.openluna.localstack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openluna.workers.SchedulesFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What EventBridge Scheduler does on AWS, on one machine: it calls the schedules' function over and
 * over (ADR 0021). More often than AWS's minute, so that a run is at most a few seconds late; each
 * tick is one query of an index of the running schedules.
 */
final class ScheduleTicks implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleTicks.class);

    private final ScheduledExecutorService ticker;

    private ScheduleTicks(ScheduledExecutorService ticker) {
        this.ticker = ticker;
    }

    static ScheduleTicks start(SchedulesFunction function) {
        var ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("schedule-ticks").factory());
        ticker.scheduleWithFixedDelay(() -> {
            try {
                function.execute(Map.of());
            } catch (RuntimeException e) {
                // as a failed invocation on AWS: the next tick tries again
                LOG.warn("schedule tick failed: {}", e.toString());
            }
        }, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return new ScheduleTicks(ticker);
    }

    @Override
    public void close() throws InterruptedException {
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
