package org.openluna.streams.processor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.streams.Stream;
import org.openluna.shared.streams.StreamCredentials;
import org.openluna.shared.tables.StreamsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds streams through leases in the streams table and runs each on a thread of its own (ADR 0024).
 * Every poll it takes free or expired streams up to its capacity; every renewal it extends the leases
 * of the runs it holds, and a run whose lease or run number moved on (a client changed the stream, or
 * this processor stalled past its lease and another took it) is cancelled. A processor that dies
 * renews nothing, so its streams expire and another takes them up from the start.
 */
public final class StreamProcessor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamProcessor.class);

    private final UUID processorId = UUID.randomUUID();
    private final StreamsTable streams;
    private final StreamCredentials credentials;
    private final RunContext context;
    private final Duration lease;
    private final int capacity;
    private final Map<UUID, StreamRun> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "stream-leases"));

    StreamProcessor(StreamsTable streams, StreamCredentials credentials, RunContext context, Duration lease, int capacity) {
        this.streams = streams;
        this.credentials = credentials;
        this.context = context;
        this.lease = lease;
        this.capacity = capacity;
    }

    /** Starts polling and renewing: a third of the lease apart, so two renewals may fail before it lapses. */
    void start(Duration poll) {
        timer.scheduleWithFixedDelay(this::guarded, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    public UUID processorId() {
        return processorId;
    }

    /** The streams this processor runs now. */
    public List<UUID> running() {
        return List.copyOf(held.keySet());
    }

    private void guarded() {
        try {
            renew();
            take();
        } catch (RuntimeException e) {
            log.warn("stream leases: a round failed; the next one tries again", e);
        }
    }

    private void renew() {
        long expiry = now() + lease.toMillis();
        held.forEach((streamId, run) -> {
            var stream = run.stream();
            if (!streams.renew(stream.accountId(), streamId, stream.lease(), expiry)) {
                run.cancel();
            }
        });
    }

    private void take() {
        int free = capacity - held.size();
        if (free <= 0) {
            return;
        }
        for (var candidate : streams.runnable(now(), free * 2)) {
            if (held.size() >= capacity) {
                return;
            }
            if (held.containsKey(candidate.streamId())) {
                continue;
            }
            streams.take(candidate.accountId(), candidate.streamId(), candidate.leaseExpiry(), processorId, now() + lease.toMillis())
                    .ifPresent(this::begin);
        }
    }

    private void begin(StreamsTable.Taken taken) {
        var stream = taken.stream();
        if (taken.deleted()) {
            if (taken.credential() != null) {
                credentials.revoke(stream.accountId(), taken.credential());
            }
            streams.purge(stream.accountId(), stream.streamId(), processorId);
            return;
        }
        var credential = taken.credential();
        if (credential == null || credential.version() != stream.version()) {
            // the first run of this version: its handlers may differ from the last version's
            var granted = credentials.grant(stream);
            if (!streams.setCredential(stream.accountId(), stream.streamId(), stream.lease(), granted)) {
                credentials.revoke(stream.accountId(), granted);
                return;
            }
            if (credential != null) {
                credentials.revoke(stream.accountId(), credential);
            }
            credential = granted;
        }
        var run = new StreamRun(stream, credential.jwt(), taken.sentUntil(), context);
        held.put(stream.streamId(), run);
        log.info("stream {} of account {}: taken by processor {}", stream.streamId(), stream.accountId(), processorId);
        Thread.ofPlatform().daemon().name("stream-" + stream.streamId()).start(() -> {
            try {
                run.run();
            } catch (RuntimeException e) {
                log.error("stream {}: its run failed", stream.streamId(), e);
            } finally {
                held.remove(stream.streamId());
                streams.release(stream.accountId(), stream.streamId(), processorId);
            }
        });
    }

    private long now() {
        return context.clock().millis();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        held.values().forEach(StreamRun::cancel);
    }

}
