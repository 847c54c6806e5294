package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.attributes.TemporaryAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Temporary attributes in DynamoDB. The partition key is the account, so every read and write names
 * the account and no request of one account can reach another's item. Each item carries
 * {@code expires_at} (epoch seconds) for DynamoDB's own TTL deletion and {@code expiry_time} (to the
 * millisecond) for the exact check: a condition on the delete here, the read filter in
 * {@code TemporaryAttributes}. The attribute itself is laid out by {@link AttributeItems}.
 */
public final class AttributesTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public AttributesTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.attributes();
    }

    public void put(List<TemporaryAttribute> attributes) {
        Batches.put(dynamo, table, attributes.stream().map(AttributesTable::toItem).toList());
    }

    public Optional<TemporaryAttribute> get(UUID account, UUID attributeId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, attributeId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** The stored items among these ids of the account, in no particular order; ids must not repeat. */
    public List<TemporaryAttribute> getAll(UUID account, List<UUID> attributeIds) {
        var keys = attributeIds.stream().map(id -> key(account, id)).toList();
        return Batches.get(dynamo, table, keys, null, Map.of()).stream().map(AttributesTable::fromItem).toList();
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
        item.putAll(AttributeItems.of(stored.attribute()));
        return item;
    }

    private static TemporaryAttribute fromItem(Map<String, AttributeValue> item) {
        return new TemporaryAttribute(
                Items.uuid(item, TableDefinitions.ATTRIBUTES_SORT_KEY),
                Items.uuid(item, TableDefinitions.ATTRIBUTES_KEY),
                AttributeItems.from(item),
                Items.instant(item, "create_time"),
                Items.instant(item, "expiry_time"));
    }
}
