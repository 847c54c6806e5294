package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.descriptors.SdkDescriptor;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.events.StoredEventJson;
import org.openluna.shared.faces.CreateKeys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Events in DynamoDB (ADR 0013): one item per event, partitioned by account, holding the stored event
 * as JSON text and the keys of the indexes that find it. An event whose JSON would not fit one item
 * (a user's event may carry 2 MB of {@code meta}) keeps it in S3 instead, written before the item, so
 * an item never names a body that is not there. Reads of the table are consistent; reads of an
 * index are not, as DynamoDB allows. Every read names the account, so no request reaches another
 * account's event.
 */
public final class EventsTable {
    private static final String BODY = "body";
    /** Set on an item whose body is in S3, under the event's id in the account. */
    private static final String BODY_IN_S3 = "body_in_s3";
    /** DynamoDB keeps 400 KB an item; what is left over is room for the keys and the descriptor. */
    static final int MAX_ITEM_BODY_BYTES = 350_000;
    /** The event's face descriptor as our SDK blob (version in its header), for matching against events. */
    private static final String DESCRIPTOR = "descriptor";
    // DynamoDB reads at most 100 keys in one batch
    private static final int BATCH = Batches.READ_BATCH;

    private final DynamoDbClient dynamo;
    private final String table;
    private final BlobStore bodies;

    public EventsTable(DynamoDbClient dynamo, TableNames names, BlobStore bodies) {
        this.dynamo = dynamo;
        this.table = names.events();
        this.bodies = bodies;
    }

    public void put(StoredEvent event) {
        dynamo.putItem(b -> b.tableName(table).item(item(event))
                .conditionExpression("attribute_not_exists(" + EventsTableDefinition.SORT_KEY + ")"));
    }

    /** Several events at once, 25 a call, as DynamoDB's batch takes them. */
    public void putAll(List<StoredEvent> events) {
        Batches.put(dynamo, table, events.stream().map(this::item).toList());
    }

    public Optional<StoredEvent> get(UUID account, UUID eventId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, eventId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(event(item));
    }

    /** Removes the event and its body kept in S3, if any; false when the account has no such event. */
    public boolean delete(UUID account, UUID eventId) {
        var deleted = dynamo.deleteItem(b -> b.tableName(table).key(key(account, eventId))
                .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD)).attributes();
        if (deleted == null || deleted.isEmpty()) {
            return false;
        }
        if (deleted.containsKey(BODY_IN_S3)) {
            bodies.delete(account, eventId);
        }
        return true;
    }

    /** The account's events among these ids, in the ids' order; missing ones are left out. */
    public List<StoredEvent> getAll(UUID account, Collection<UUID> eventIds) {
        var ids = List.copyOf(new LinkedHashSet<>(eventIds));
        Map<UUID, StoredEvent> found = Batches.get(dynamo, table, ids.stream().map(id -> key(account, id)).toList(), null, null)
                .stream().map(this::event).collect(Collectors.toMap(StoredEvent::eventId, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The account's events created within the range, newest first unless {@code ascending}, read lazily. */
    public Stream<StoredEvent> inTimeOrder(UUID account, TimeRange createTime, boolean ascending, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, EventsTableDefinition.KEY, s(account), createTime);
        if (condition.isEmpty()) {
            return Stream.empty();
        }
        var request = QueryRequest.builder().tableName(table).indexName(EventsTableDefinition.BY_CREATE_TIME)
                .scanIndexForward(ascending).limit(pageSize).keyConditionExpression(condition.get())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().map(this::event);
    }

    /**
     * The account's events by id within the range, highest first unless {@code ascending}. DynamoDB's
     * BETWEEN includes the upper bound, so the caller's filter must leave an event of that id out.
     */
    public Stream<StoredEvent> inIdOrder(UUID account, IdRange ids, boolean ascending, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.ids(e, EventsTableDefinition.KEY, s(account), EventsTableDefinition.SORT_KEY, ids);
        if (condition.isEmpty()) {
            return Stream.empty();
        }
        var request = QueryRequest.builder().tableName(table).consistentRead(true).scanIndexForward(ascending).limit(pageSize)
                .keyConditionExpression(condition.get()).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().map(this::event);
    }

    /** The account's events with this value in the index, within the range, newest first unless {@code ascending}. */
    public Stream<StoredEvent> withValue(EventIndex index, UUID account, String value, TimeRange createTime, boolean ascending, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, index.keyAttribute(), s(indexKey(account, value)), createTime);
        if (condition.isEmpty()) {
            return Stream.empty();
        }
        var request = QueryRequest.builder().tableName(table).indexName(index.indexName()).scanIndexForward(ascending)
                .limit(Math.min(pageSize, BATCH)).keyConditionExpression(condition.get())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        var ids = dynamo.queryPaginator(request).items().stream().map(item -> Items.uuid(item, EventsTableDefinition.SORT_KEY));
        return ReadBatches.of(ids.iterator()).flatMap(batch -> getAll(account, batch).stream());
    }

    private static Map<String, AttributeValue> key(UUID account, UUID eventId) {
        return Map.of(EventsTableDefinition.KEY, s(account), EventsTableDefinition.SORT_KEY, s(eventId));
    }

    static String indexKey(UUID account, String value) {
        return account + "/" + value;
    }

    private Map<String, AttributeValue> item(StoredEvent event) {
        var item = new HashMap<>(key(event.accountId(), event.eventId()));
        item.put(TableDefinitions.CREATE_KEY, s(CreateKeys.of(event.createTime(), event.eventId())));
        item.put("create_time", Items.time(event.createTime()));
        var body = Json.write(StoredEventJson.write(event));
        if (body.length > MAX_ITEM_BODY_BYTES) {
            bodies.put(event.accountId(), event.eventId(), body, new Blob("application/json", body.length, null, Map.of()));
            item.put(BODY_IN_S3, AttributeValue.fromBool(true));
        } else {
            item.put(BODY, s(new String(body, StandardCharsets.UTF_8)));
        }
        if (event.descriptor() != null) {
            item.put(DESCRIPTOR, AttributeValue.fromB(SdkBytes.fromByteArray(SdkDescriptor.encode(event.descriptor()))));
        }
        var account = event.accountId();
        putKey(item, EventIndex.HANDLER, account, event.handlerId() == null ? null : event.handlerId().toString());
        putKey(item, EventIndex.SOURCE, account, event.source());
        putKey(item, EventIndex.EXTERNAL_ID, account, event.externalId());
        putKey(item, EventIndex.TRACK_ID, account, event.trackId());
        putKey(item, EventIndex.FACE_ID, account, event.faceId() == null ? null : event.faceId().toString());
        putKey(item, EventIndex.TOP_MATCH, account, event.topMatch() == null ? null : event.topMatch().objectId().toString());
        putKey(item, EventIndex.STREAM_ID, account, event.streamId() == null ? null : event.streamId().toString());
        return item;
    }

    /** Sparse: an event without the value, or with an empty one, has no key in the index. */
    private static void putKey(Map<String, AttributeValue> item, EventIndex index, UUID account, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(index.keyAttribute(), s(indexKey(account, value)));
        }
    }

    private StoredEvent event(Map<String, AttributeValue> item) {
        var event = StoredEventJson.read(Json.tree(body(item)));
        var descriptor = item.get(DESCRIPTOR);
        return descriptor == null || descriptor.b() == null ? event : event.withDescriptor(SdkDescriptor.parse(descriptor.b().asByteArray()));
    }

    private byte[] body(Map<String, AttributeValue> item) {
        if (!item.containsKey(BODY_IN_S3)) {
            return Items.string(item, BODY).getBytes(StandardCharsets.UTF_8);
        }
        var account = Items.uuid(item, EventsTableDefinition.KEY);
        var eventId = Items.uuid(item, EventsTableDefinition.SORT_KEY);
        return bodies.get(account, eventId).orElseThrow(() -> new IllegalStateException("the body of event " + eventId + " is not in S3"))
                .bytes();
    }
}
