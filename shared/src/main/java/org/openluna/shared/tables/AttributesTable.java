package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.attributes.TemporaryAttribute;
import org.openluna.shared.descriptors.SdkDescriptor;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Temporary attributes in DynamoDB. The partition key is the account, so every read and write names
 * the account and no request of one account can reach another's item. Each item carries
 * {@code expires_at} (epoch seconds) for DynamoDB's own TTL deletion and {@code expiry_time} (to the
 * millisecond) for the exact check: a condition on the delete here, the read filter in
 * {@code TemporaryAttributes}. The descriptor is stored as our SDK blob, version included, so a stored
 * item says which model made it.
 */
public final class AttributesTable {
    // DynamoDB's limits per batch call
    private static final int WRITE_BATCH = 25;
    private static final int READ_BATCH = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public AttributesTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.attributes();
    }

    public void put(List<TemporaryAttribute> attributes) {
        for (int from = 0; from < attributes.size(); from += WRITE_BATCH) {
            var writes = attributes.subList(from, Math.min(attributes.size(), from + WRITE_BATCH)).stream()
                    .map(a -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem(a)).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, writes);
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pauseBeforeRetry(attempt);
                var request = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
            }
        }
    }

    public Optional<TemporaryAttribute> get(UUID account, UUID attributeId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, attributeId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The stored items among these ids of the account, in no particular order; ids must not repeat. */
    public List<TemporaryAttribute> getAll(UUID account, List<UUID> attributeIds) {
        var found = new ArrayList<TemporaryAttribute>(attributeIds.size());
        for (int from = 0; from < attributeIds.size(); from += READ_BATCH) {
            var keys = attributeIds.subList(from, Math.min(attributeIds.size(), from + READ_BATCH)).stream()
                    .map(id -> key(account, id)).toList();
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pauseBeforeRetry(attempt);
                var request = pending;
                var response = dynamo.batchGetItem(b -> b.requestItems(request));
                response.responses().getOrDefault(table, List.of()).forEach(item -> found.add(fromItem(item)));
                pending = response.unprocessedKeys();
            }
        }
        return found;
    }

    /** Deletes the item if it exists and has not expired by {@code now}; false otherwise. */
    public boolean deleteLive(UUID account, UUID attributeId, Instant now) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account, attributeId))
                    .conditionExpression("attribute_exists(attribute_id) AND expiry_time > :now")
                    .expressionAttributeValues(Map.of(":now", Items.time(now))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Items a batch call leaves unprocessed are those DynamoDB had no capacity for; asking again at once
     * would meet the same limit, so each retry waits longer, as AWS advises (50 ms doubling, at most 1 s).
     */
    private static void pauseBeforeRetry(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000L, 50L << Math.min(attempt - 1, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a DynamoDB batch", e);
        }
    }

    private static Map<String, AttributeValue> key(UUID account, UUID attributeId) {
        return Map.of(TableDefinitions.ATTRIBUTES_KEY, s(account), TableDefinitions.ATTRIBUTES_SORT_KEY, s(attributeId));
    }

    private static Map<String, AttributeValue> toItem(TemporaryAttribute stored) {
        var item = new HashMap<>(key(stored.accountId(), stored.attributeId()));
        item.put("create_time", Items.time(stored.createTime()));
        item.put("expiry_time", Items.time(stored.expiryTime()));
        // DynamoDB's TTL reads whole seconds; rounding up never deletes an item before its time
        long seconds = stored.expiryTime().getEpochSecond() + (stored.expiryTime().getNano() > 0 ? 1 : 0);
        item.put(TableDefinitions.ATTRIBUTES_TTL, Items.n(seconds));
        var attribute = stored.attribute();
        attribute.faceDescriptor().ifPresent(d -> item.put("face_descriptor", AttributeValue.fromB(SdkBytes.fromByteArray(SdkDescriptor.encode(d)))));
        attribute.basic().ifPresent(basic -> {
            var map = new HashMap<String, AttributeValue>();
            map.put("age", Items.n(basic.age()));
            map.put("gender", Items.n(basic.gender()));
            if (basic.ethnicity() != null) {
                map.put("ethnicity", Items.n(basic.ethnicity()));
            }
            item.put("basic_attributes", AttributeValue.fromM(map));
        });
        item.put("face_descriptor_samples", ids(attribute.descriptorSamples()));
        item.put("basic_attributes_samples", ids(attribute.basicAttributesSamples()));
        return item;
    }

    private static TemporaryAttribute fromItem(Map<String, AttributeValue> item) {
        var descriptor = Optional.ofNullable(item.get("face_descriptor"))
                .map(v -> SdkDescriptor.parse(v.b().asByteArray())).orElse(null);
        var basic = Optional.ofNullable(item.get("basic_attributes")).map(AttributeValue::m)
                .map(m -> new BasicAttributes(number(m.get("age")), number(m.get("gender")),
                        m.containsKey("ethnicity") ? number(m.get("ethnicity")) : null))
                .orElse(null);
        var attribute = new FaceAttribute(descriptor, basic, ids(item.get("face_descriptor_samples")), ids(item.get("basic_attributes_samples")));
        return new TemporaryAttribute(
                Items.uuid(item, TableDefinitions.ATTRIBUTES_SORT_KEY),
                Items.uuid(item, TableDefinitions.ATTRIBUTES_KEY),
                attribute,
                Items.instant(item, "create_time"),
                Items.instant(item, "expiry_time"));
    }

    private static AttributeValue ids(List<UUID> ids) {
        return AttributeValue.fromL(ids.stream().map(Items::s).toList());
    }

    private static List<UUID> ids(AttributeValue list) {
        return list.l().stream().map(v -> UUID.fromString(v.s())).toList();
    }

    private static int number(AttributeValue value) {
        return Integer.parseInt(value.n());
    }
}
