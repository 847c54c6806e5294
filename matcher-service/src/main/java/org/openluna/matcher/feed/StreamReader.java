package org.openluna.matcher.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Follows a DynamoDB stream from the moment it was opened, on a thread of its own, and hands every
 * record to one consumer in stream order. The records of one item are in order within a shard, and a
 * shard that splits hands on to its children, so a child is read only once its parent is finished.
 *
 * <p>Opening takes a position at the end of every open shard at once, so what the reader delivers is
 * every change made after {@link #open} returned: a load that starts after it and then applies these
 * records misses nothing. Shards closed before that are history the load reads from the table.
 */
final class StreamReader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamReader.class);
    /** DescribeStream is rate limited per account; the shard list changes every few hours. */
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(10);
    private static final int PAGE_RECORDS = 1000;
    private static final Duration MAX_ERROR_PAUSE = Duration.ofSeconds(5);

    private enum State { WAITING_FOR_PARENT, READING, FINISHED }

    /** Where the reader is in one shard; touched by the reader's thread only, once it runs. */
    private static final class Position {
        final String parentId;
        State state;
        String iterator;
        String lastSequence;

        Position(String parentId, State state) {
            this.parentId = parentId;
            this.state = state;
        }
    }

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Duration idlePause;
    private final Consumer<Record> sink;
    private final Map<String, Position> shards = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean following = true;
    private long nextRefreshNanos;

    private StreamReader(DynamoDbStreamsClient streams, String streamArn, Duration idlePause, Consumer<Record> sink) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.idlePause = idlePause;
        this.sink = sink;
        this.thread = new Thread(this::run, "matcher-stream");
        thread.setDaemon(true);
    }

    /**
     * A reader positioned at the end of every open shard, not yet reading.
     *
     * @param sink takes each record on the reader's thread; it must not throw
     */
    static StreamReader open(DynamoDbStreamsClient streams, String streamArn, Duration idlePause, Consumer<Record> sink) {
        var reader = new StreamReader(streams, streamArn, idlePause, sink);
        for (Shard shard : reader.listShards()) {
            if (shard.sequenceNumberRange().endingSequenceNumber() == null) {
                var position = new Position(shard.parentShardId(), State.READING);
                position.iterator = reader.iterator(shard.shardId(), ShardIteratorType.LATEST, null);
                reader.shards.put(shard.shardId(), position);
            } else {
                reader.shards.put(shard.shardId(), new Position(shard.parentShardId(), State.FINISHED));
            }
        }
        reader.nextRefreshNanos = System.nanoTime() + SHARD_REFRESH.toNanos();
        return reader;
    }

    void start() {
        thread.start();
    }

    /** False once records were lost: the reader fell behind the stream's retention (24 hours), and only a new load can catch up. */
    boolean isFollowing() {
        return following;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                boolean delivered = readEveryShard();
                if (System.nanoTime() - nextRefreshNanos >= 0) {
                    refreshShards();
                }
                failures = 0;
                if (!delivered) {
                    pause(idlePause);
                }
            } catch (TrimmedDataAccessException e) {
                log.error("records of the faces stream were trimmed before they were read; the matcher no longer follows the table "
                        + "and must be restarted to load it again", e);
                following = false;
                return;
            } catch (SdkException e) {
                if (!running) {
                    return; // closing interrupts a call in flight
                }
                failures++;
                var wait = Duration.ofMillis(Math.min(MAX_ERROR_PAUSE.toMillis(), 100L << Math.min(failures, 6)));
                log.warn("reading the faces stream failed ({} in a row), trying again in {} ms: {}", failures, wait.toMillis(), e.getMessage());
                pause(wait);
            }
        }
    }

    /** One page from every shard being read; true when any record came. */
    private boolean readEveryShard() {
        boolean delivered = false;
        for (var entry : shards.entrySet()) {
            var position = entry.getValue();
            if (position.state != State.READING) {
                continue;
            }
            var from = position.iterator;
            List<Record> records;
            String next;
            try {
                var page = streams.getRecords(b -> b.shardIterator(from).limit(PAGE_RECORDS));
                records = page.records();
                next = page.nextShardIterator();
            } catch (ExpiredIteratorException e) {
                // iterators live 15 minutes; a long pause of this thread can outlive one
                position.iterator = position.lastSequence != null
                        ? iterator(entry.getKey(), ShardIteratorType.AFTER_SEQUENCE_NUMBER, position.lastSequence)
                        : fromTheStart(entry.getKey());
                continue;
            } catch (TrimmedDataAccessException e) {
                if (position.lastSequence != null) {
                    throw e; // records after the last one read are gone
                }
                // DynamoDB Local (3.3.1) answers this for a shard that held no record when its iterator was
                // taken, once writes to another table's stream have moved the sequence numbers on; every
                // record such a shard holds came after our position
                position.iterator = fromTheStart(entry.getKey());
                continue;
            }
            for (Record record : records) {
                sink.accept(record);
                position.lastSequence = record.dynamodb().sequenceNumber();
            }
            delivered |= !records.isEmpty();
            position.iterator = next;
            if (next == null) {
                // a closed shard read to its end: its children may begin
                position.state = State.FINISHED;
                nextRefreshNanos = System.nanoTime();
            }
        }
        return delivered;
    }

    /** New shards join; a child starts from its beginning once its parent is finished or gone from the stream. */
    private void refreshShards() {
        var listed = listShards();
        var listedIds = new ArrayList<String>(listed.size());
        for (Shard shard : listed) {
            listedIds.add(shard.shardId());
            shards.putIfAbsent(shard.shardId(), new Position(shard.parentShardId(), State.WAITING_FOR_PARENT));
        }
        shards.forEach((shardId, position) -> {
            if (position.state == State.WAITING_FOR_PARENT) {
                var parent = position.parentId == null ? null : shards.get(position.parentId);
                if (parent == null || parent.state == State.FINISHED) {
                    position.iterator = iterator(shardId, ShardIteratorType.TRIM_HORIZON, null);
                    position.state = State.READING;
                }
            }
        });
        // finished shards the stream no longer lists (trimmed after 24 hours) are forgotten
        shards.entrySet().removeIf(e -> e.getValue().state == State.FINISHED && !listedIds.contains(e.getKey()));
        nextRefreshNanos = System.nanoTime() + SHARD_REFRESH.toNanos();
    }

    private List<Shard> listShards() {
        var all = new ArrayList<Shard>();
        String after = null;
        do {
            var start = after;
            var description = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(start)).streamDescription();
            all.addAll(description.shards());
            after = description.lastEvaluatedShardId();
        } while (after != null);
        return all;
    }

    /**
     * From the oldest record the shard still holds, for a shard nothing was read from yet. Records from
     * before our position may come again: harmless, as every record of an item is applied in order and
     * the last one decides (see {@code FaceChanges}).
     */
    private String fromTheStart(String shardId) {
        return iterator(shardId, ShardIteratorType.TRIM_HORIZON, null);
    }

    private String iterator(String shardId, ShardIteratorType type, String sequence) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId).shardIteratorType(type).sequenceNumber(sequence))
                .shardIterator();
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
