package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.n;
import static org.openluna.shared.tables.Items.s;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.streams.Stream;
import org.openluna.shared.streams.StreamRequest;
import org.openluna.shared.streams.StreamStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Streams in DynamoDB, partitioned by account (ADR 0024), next to their groups and logs
 * ({@link StreamGroupsTable}, {@link StreamLogsTable}) in the one table. A stream that should run
 * carries {@code runnable}, which puts it in the sparse index processors look for work in, by when its
 * lease expires. Every write of a processor is conditioned on holding the lease for the stream's
 * current run, so a processor that lost it, or holds a run replaced since, changes nothing.
 */
public final class StreamsTable {
    static final String PREFIX = "stream#";
    private static final String RUNNABLE = "runnable";
    private static final String RUN = "run";
    private static final String LEASE_EXPIRY = "lease_expiry";
    private static final String LEASE_OWNER = "lease_owner";
    private static final String RUN_NUMBER = "run_number";
    private static final String GROUPS = "group_ids";
    private static final String LAST_ERROR = "last_error";
    private static final String DELETED = "deleted";
    private static final String SENT_UNTIL = "sent_until";
    private static final String CREDENTIAL_TOKEN = "credential_token_id";
    private static final String CREDENTIAL_JWT = "credential_jwt";
    private static final String CREDENTIAL_VERSION = "credential_version";
    private static final String EXISTS = "attribute_exists(item_key)";
    /** A stream a client deleted is kept, unseen, until a processor has revoked its credential. */
    private static final String LIVE = EXISTS + " AND attribute_not_exists(" + DELETED + ")";

    private final DynamoDbClient dynamo;
    private final String table;

    public StreamsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.streams();
    }

    /** A stream whose lease is free or expired, as the index shows it (taking it checks again). */
    public record Runnable(UUID accountId, UUID streamId, long leaseExpiry) {}

    private static Map<String, AttributeValue> key(UUID account, UUID streamId) {
        return Map.of(TableDefinitions.STREAMS_KEY, s(account), TableDefinitions.STREAMS_SORT_KEY, s(PREFIX + streamId));
    }

    public void create(Stream stream) {
        var item = new HashMap<>(key(stream.accountId(), stream.streamId()));
        item.putAll(definition(stream.definition()));
        item.put("stream_id", s(stream.streamId()));
        item.put("version", n(stream.version()));
        item.put("create_time", Items.time(stream.createTime()));
        item.put("status", n(stream.status().code()));
        item.put("restarts", n(0));
        item.put(RUN_NUMBER, n(stream.lease().run()));
        item.put(RUNNABLE, s(RUN));
        item.put(LEASE_EXPIRY, n(0));
        if (!stream.groupIds().isEmpty()) {
            item.put(GROUPS, AttributeValue.fromSs(stream.groupIds().stream().map(UUID::toString).toList()));
        }
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(item_key)"));
    }

    public Optional<Stream> get(UUID account, UUID streamId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, streamId))).item();
        return item == null || item.isEmpty() || item.containsKey(DELETED) ? Optional.empty() : Optional.of(stream(item));
    }

    /** The credential the stream's analytics send with, and the version of the stream it was granted for. */
    private static Optional<Stream.Credential> credential(Map<String, AttributeValue> item) {
        if (!item.containsKey(CREDENTIAL_JWT)) {
            return Optional.empty();
        }
        return Optional.of(new Stream.Credential(Items.uuid(item, CREDENTIAL_TOKEN), Items.string(item, CREDENTIAL_JWT),
                Long.parseLong(item.get(CREDENTIAL_VERSION).n())));
    }

    /** Every stream of the account, in no order. */
    public List<Stream> all(UUID account) {
        return AccountItems.withPrefix(dynamo, table, account, PREFIX).stream().filter(item -> !item.containsKey(DELETED))
                .map(StreamsTable::stream).toList();
    }

    /**
     * Replaces what the client set, as a new version and a new run from the start: pending, no error,
     * no restarts. Empty when the account has no such stream; otherwise the new version.
     */
    public Optional<Long> replace(UUID account, UUID streamId, StreamRequest definition, Set<UUID> groupIds) {
        var e = new Expressions().setAll(definition(definition)).add("version", n(1)).add(RUN_NUMBER, n(1))
                .set("status", n(StreamStatus.PENDING.code())).set("restarts", n(0)).set(RUNNABLE, s(RUN)).remove(LAST_ERROR)
                .remove("last_restart_time").remove(SENT_UNTIL);
        if (groupIds.isEmpty()) {
            e.remove(GROUPS);
        } else {
            e.set(GROUPS, AttributeValue.fromSs(groupIds.stream().map(UUID::toString).toList()));
        }
        return clientUpdate(account, streamId, e).map(item -> Long.parseLong(item.get("version").n()));
    }

    /**
     * A client's stop or resume: a new run, in {@code status}, runnable or not. False when the account
     * has no such stream.
     */
    public boolean setByClient(UUID account, UUID streamId, StreamStatus status) {
        var e = new Expressions().set("status", n(status.code())).add(RUN_NUMBER, n(1));
        if (status.runnable()) {
            e.set(RUNNABLE, s(RUN)).set("restarts", n(0)).remove(LAST_ERROR);
        } else {
            e.remove(RUNNABLE);
        }
        return clientUpdate(account, streamId, e).isPresent();
    }

    /**
     * Deletes the stream as a client sees it, at once; false when the account had no such stream. The
     * item stays, runnable, for a processor to revoke its credential and then remove it ({@link #purge}).
     */
    public boolean delete(UUID account, UUID streamId) {
        return clientUpdate(account, streamId, new Expressions().set(DELETED, n(1)).add(RUN_NUMBER, n(1)).set(RUNNABLE, s(RUN))).isPresent();
    }

    /** A processor removes a deleted stream it holds, its credential revoked. */
    public void purge(UUID account, UUID streamId, UUID owner) {
        var e = new Expressions().compare(LEASE_OWNER, "=", s(owner));
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account, streamId)).conditionExpression(e.condition())
                    .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
        } catch (ConditionalCheckFailedException taken) {
            // another processor holds it now, and will remove it
        }
    }

    /** Puts the stream in the group, or takes it out; false when the account has no such stream. */
    public boolean link(UUID account, UUID streamId, UUID groupId, boolean attach) {
        var e = new Expressions();
        var ids = AttributeValue.fromSs(List.of(groupId.toString()));
        if (attach) {
            e.add(GROUPS, ids);
        } else {
            e.delete(GROUPS, ids);
        }
        return clientUpdate(account, streamId, e).isPresent();
    }

    /** Streams a processor may take: those that should run and whose lease is free or expired, oldest lease first. */
    public List<Runnable> runnable(long nowMillis, int limit) {
        var e = new Expressions();
        var condition = e.name(RUNNABLE) + " = " + e.value(s(RUN)) + " AND " + e.name(LEASE_EXPIRY) + " < " + e.value(n(nowMillis));
        return dynamo.query(b -> b.tableName(table).indexName(TableDefinitions.STREAMS_BY_LEASE).keyConditionExpression(condition)
                        .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).limit(limit))
                .items().stream()
                .map(item -> new Runnable(Items.uuid(item, TableDefinitions.STREAMS_KEY), UUID.fromString(Items.string(item, TableDefinitions.STREAMS_SORT_KEY).substring(PREFIX.length())),
                        Long.parseLong(item.get(LEASE_EXPIRY).n())))
                .toList();
    }

    /**
     * Takes the lease of a stream that should run, if it is still as free as the index showed it; the
     * stream as taken, or empty when it was not (another processor came first, or a client changed it).
     */
    public Optional<Taken> take(UUID account, UUID streamId, long seenExpiry, UUID owner, long expiresAtMillis) {
        var e = new Expressions().set(LEASE_OWNER, s(owner)).set(LEASE_EXPIRY, n(expiresAtMillis));
        e.compare(LEASE_EXPIRY, "=", n(seenExpiry)).compare(RUNNABLE, "=", s(RUN));
        return update(account, streamId, e).map(item -> new Taken(stream(item), item.containsKey(DELETED), credential(item).orElse(null),
                Optional.ofNullable(item.get(SENT_UNTIL)).map(value -> Double.parseDouble(value.n())).orElse(Double.NEGATIVE_INFINITY)));
    }

    /**
     * A stream a processor took: deleted by its client and to be purged, or to run, with the credential
     * it has if any, and the video time up to which its tracks were sent (negative infinity: none was).
     */
    public record Taken(Stream stream, boolean deleted, Stream.Credential credential, double sentUntil) {}

    /**
     * Every track of the video ending by {@code seconds} was sent; false when the run is no longer this
     * processor's. A processor taking the stream up after a crash sends only what ends later.
     */
    public boolean setSentUntil(UUID account, UUID streamId, Stream.Lease lease, double seconds) {
        return update(account, streamId, held(lease).set(SENT_UNTIL, AttributeValue.fromN(Double.toString(seconds)))).isPresent();
    }

    /** The credential granted for the stream's version, if the run is still this processor's. */
    public boolean setCredential(UUID account, UUID streamId, Stream.Lease lease, Stream.Credential credential) {
        var e = held(lease).set(CREDENTIAL_TOKEN, s(credential.tokenId())).set(CREDENTIAL_JWT, s(credential.jwt()))
                .set(CREDENTIAL_VERSION, n(credential.version()));
        return update(account, streamId, e).isPresent();
    }

    /** Keeps holding the run; false when the lease or the run is no longer this processor's. */
    public boolean renew(UUID account, UUID streamId, Stream.Lease lease, long expiresAtMillis) {
        var e = held(lease).set(LEASE_EXPIRY, n(expiresAtMillis));
        return update(account, streamId, e).isPresent();
    }

    /**
     * A processor's change of the run's status, with its error and restart count; false, and nothing
     * written, when the run is no longer its own. A status that does not run takes the stream out of
     * the index.
     */
    public boolean setByProcessor(UUID account, UUID streamId, Stream.Lease lease, StreamStatus status, String error, int restarts,
                                  Instant restartTime) {
        var e = held(lease).set("status", n(status.code())).set("restarts", n(restarts));
        if (error == null) {
            e.remove(LAST_ERROR);
        } else {
            e.set(LAST_ERROR, s(error));
        }
        if (restartTime != null) {
            e.set("last_restart_time", Items.time(restartTime));
        }
        if (!status.runnable()) {
            e.remove(RUNNABLE);
        }
        return update(account, streamId, e).isPresent();
    }

    /** Lets go of the lease, if still held: the stream, when it should run, is free for any processor at once. */
    public void release(UUID account, UUID streamId, UUID owner) {
        var e = new Expressions().remove(LEASE_OWNER).set(LEASE_EXPIRY, n(0)).compare(LEASE_OWNER, "=", s(owner));
        update(account, streamId, e);
    }

    private static Expressions held(Stream.Lease lease) {
        return new Expressions().compare(LEASE_OWNER, "=", s(lease.owner())).compare(RUN_NUMBER, "=", n(lease.run()));
    }

    /** A processor's write: to any stream still there, deleted ones included. */
    private Optional<Map<String, AttributeValue>> update(UUID account, UUID streamId, Expressions e) {
        return update(account, streamId, e, EXISTS);
    }

    /** A client's write: to a stream it has not deleted. */
    private Optional<Map<String, AttributeValue>> clientUpdate(UUID account, UUID streamId, Expressions e) {
        return update(account, streamId, e, LIVE);
    }

    private Optional<Map<String, AttributeValue>> update(UUID account, UUID streamId, Expressions e, String exists) {
        var condition = e.condition() == null ? exists : exists + " AND " + e.condition();
        try {
            return Optional.of(dynamo.updateItem(b -> b.tableName(table).key(key(account, streamId)).updateExpression(e.update())
                    .conditionExpression(condition).expressionAttributeNames(e.names()).expressionAttributeValues(e.values())
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException changed) {
            return Optional.empty();
        }
    }

    private static Map<String, AttributeValue> definition(StreamRequest definition) {
        var attributes = new HashMap<String, AttributeValue>();
        attributes.put("definition", s(Json.writeString(definition.toStored())));
        attributes.put("name", s(definition.name()));
        attributes.put("reference", s(definition.data().reference()));
        return attributes;
    }

    private static Stream stream(Map<String, AttributeValue> item) {
        var definition = StreamRequest.read(Json.tree(Items.string(item, "definition").getBytes(StandardCharsets.UTF_8)));
        var status = StreamStatus.ofCode(Integer.parseInt(item.get("status").n()))
                .orElseThrow(() -> new IllegalStateException("stored stream of unknown status " + item.get("status").n()));
        var groups = new HashSet<UUID>();
        Optional.ofNullable(item.get(GROUPS)).map(AttributeValue::ss).ifPresent(ids -> ids.forEach(id -> groups.add(UUID.fromString(id))));
        var owner = Items.optionalString(item, LEASE_OWNER).map(UUID::fromString).orElse(null);
        var lease = new Stream.Lease(owner, Long.parseLong(item.get(LEASE_EXPIRY).n()), Long.parseLong(item.get(RUN_NUMBER).n()));
        return new Stream(Items.uuid(item, "stream_id"), Items.uuid(item, TableDefinitions.STREAMS_KEY), definition,
                Long.parseLong(item.get("version").n()), Items.instant(item, "create_time"), status,
                Items.optionalString(item, LAST_ERROR).orElse(null), Set.copyOf(groups), Integer.parseInt(item.get("restarts").n()),
                Items.optionalString(item, "last_restart_time").map(Instant::parse).orElse(null), lease);
    }
}
