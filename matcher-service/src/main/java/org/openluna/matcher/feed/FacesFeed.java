package org.openluna.matcher.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.shared.tables.FacesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Keeps the index in step with the faces table: a load of every face with a descriptor when the
 * service starts, then every change the table's stream carries. No table is ever polled.
 *
 * <p>The stream is opened before the load begins, and what it delivers meanwhile is held back until
 * the load is done: a face the load read before a change is changed by the record, and a record of
 * a change the load already saw is applied again in its place in the order, which ends in the same
 * state (see {@link FaceChanges}). Applying records during the load instead could let a page read
 * before a deletion be applied after it, bringing the face back for good.
 */
public final class FacesFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FacesFeed.class);

    private final FacesTable table;
    private final FaceChanges changes;
    private final int loadSegments;
    private final StreamReader reader;
    private final Thread loader;
    private final CountDownLatch loadEnded = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong loadedFaces = new AtomicLong();
    private final List<Record> heldBack = new ArrayList<>();
    private volatile boolean loaded;
    private volatile RuntimeException loadFailure;

    private FacesFeed(FacesTable table, DynamoDbStreamsClient streams, Accounts accounts, Duration streamPause, int loadSegments) {
        this.table = table;
        this.changes = new FaceChanges(accounts);
        this.loadSegments = loadSegments;
        this.reader = StreamReader.open(streams, table.streamArn(), streamPause, this::accept);
        this.loader = new Thread(this::load, "matcher-load");
        loader.setDaemon(true);
    }

    /**
     * Opens the stream, then loads the table on a thread of its own and follows the stream: searches
     * may begin once {@link #isLoaded()}. The caller owns the clients and the accounts.
     *
     * @param streamPause how long the reader waits when the stream had nothing new
     * @param loadSegments how many parts of the table are scanned in parallel
     */
    public static FacesFeed start(FacesTable table, DynamoDbStreamsClient streams, Accounts accounts, Duration streamPause, int loadSegments) {
        var feed = new FacesFeed(table, streams, accounts, streamPause, loadSegments);
        feed.reader.start();
        feed.loader.start();
        return feed;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Whether the index still follows every change; false if the load failed or the stream lost records. */
    public boolean isFollowing() {
        return loadFailure == null && reader.isFollowing();
    }

    /** Stream records applied since the load. */
    public long changesApplied() {
        return applied.get();
    }

    /** Waits for the load; a load that failed is thrown here. */
    public void awaitLoaded(Duration timeout) throws InterruptedException {
        if (!loadEnded.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the faces were not loaded within " + timeout);
        }
        if (loadFailure != null) {
            throw new IllegalStateException("loading the faces failed", loadFailure);
        }
    }

    private void load() {
        long started = System.nanoTime();
        try (var scans = Executors.newFixedThreadPool(loadSegments, task -> new Thread(task, "matcher-load-scan"))) {
            var parts = new ArrayList<Future<?>>(loadSegments);
            for (int segment = 0; segment < loadSegments; segment++) {
                int part = segment;
                parts.add(scans.submit(() -> table.matchableFaces(part, loadSegments).forEach(face -> {
                    changes.put(face);
                    loadedFaces.incrementAndGet();
                })));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            synchronized (this) {
                heldBack.forEach(this::applyLogged);
                heldBack.clear();
                loaded = true;
            }
            log.info("loaded {} faces with descriptors in {} ms", loadedFaces.get(), (System.nanoTime() - started) / 1_000_000);
        } catch (ExecutionException e) {
            loadFailure = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            log.error("loading the faces failed; searches stay refused", loadFailure);
        } catch (InterruptedException e) {
            loadFailure = new IllegalStateException("the load was interrupted", e);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            loadFailure = e;
            log.error("loading the faces failed; searches stay refused", e);
        } finally {
            loadEnded.countDown();
        }
    }

    /** The reader's sink: held back until the load is done, applied at once after. */
    private synchronized void accept(Record record) {
        if (loaded) {
            applyLogged(record);
        } else {
            heldBack.add(record);
        }
    }

    /** One record that cannot be applied (it should not happen: only our own writes are in the table) must not stop the others. */
    private void applyLogged(Record record) {
        try {
            changes.apply(record);
            applied.incrementAndGet();
        } catch (RuntimeException e) {
            log.error("stream record {} of the faces table could not be applied", record.dynamodb().sequenceNumber(), e);
        }
    }

    @Override
    public void close() {
        reader.close();
        loader.interrupt();
    }
}
