package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.streams.StreamGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Stream groups in the streams table, keyed by name within the account, so a name is taken once
 * without an index; the routes find a group by its id among the account's few.
 */
public final class StreamGroupsTable {
    private static final String PREFIX = "group#";

    private final DynamoDbClient dynamo;
    private final String table;

    public StreamGroupsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.streams();
    }

    private static Map<String, AttributeValue> key(UUID account, String name) {
        return Map.of(TableDefinitions.STREAMS_KEY, s(account), TableDefinitions.STREAMS_SORT_KEY, s(PREFIX + name));
    }

    /** False when the account has a group of that name already. */
    public boolean create(StreamGroup group) {
        var item = new HashMap<>(key(group.accountId(), group.name()));
        item.put("group_id", s(group.groupId()));
        item.put("group_name", s(group.name()));
        item.put("description", s(group.description()));
        item.put("create_time", Items.time(group.createTime()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(item_key)"));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    public List<StreamGroup> all(UUID account) {
        return AccountItems.withPrefix(dynamo, table, account, PREFIX).stream().map(StreamGroupsTable::group).toList();
    }

    /** False when the group is gone. */
    public boolean describe(StreamGroup group, String description) {
        var e = new Expressions().set("description", s(description)).compare("group_id", "=", s(group.groupId()));
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(group.accountId(), group.name())).updateExpression(e.update())
                    .conditionExpression(e.condition()).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /** False when the group is gone. */
    public boolean delete(StreamGroup group) {
        var e = new Expressions().compare("group_id", "=", s(group.groupId()));
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(group.accountId(), group.name())).conditionExpression(e.condition())
                    .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    private static StreamGroup group(Map<String, AttributeValue> item) {
        return new StreamGroup(Items.uuid(item, "group_id"), Items.uuid(item, TableDefinitions.STREAMS_KEY), Items.string(item, "group_name"),
                Items.string(item, "description"), Items.instant(item, "create_time"));
    }
}
