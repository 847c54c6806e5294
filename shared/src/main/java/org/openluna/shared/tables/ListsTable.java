package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.faces.FaceList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Lists in DynamoDB, partitioned by account like faces. A list being deleted carries {@code deleting}:
 * it answers as missing and takes no new faces, while its deletion detaches the faces it still holds
 * (ADR 0009), so a deletion cut short can be finished by asking again.
 */
public final class ListsTable {
    static final String DELETING = "deleting";
    /** The condition every attach checks: the list is there and not being deleted. */
    static final String LIVE = "attribute_exists(" + TableDefinitions.LISTS_SORT_KEY + ") AND attribute_not_exists(" + DELETING + ")";

    private final DynamoDbClient dynamo;
    private final String table;

    public ListsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.lists();
    }

    static Map<String, AttributeValue> key(UUID account, UUID listId) {
        return Map.of(TableDefinitions.LISTS_KEY, s(account), TableDefinitions.LISTS_SORT_KEY, s(listId));
    }

    public void create(FaceList list) {
        var item = new HashMap<>(key(list.accountId(), list.listId()));
        item.put("user_data", s(list.userData()));
        item.put("create_time", Items.time(list.createTime()));
        item.put(TableDefinitions.CREATE_KEY, s(list.createKey()));
        item.put("last_update_time", Items.time(list.lastUpdateTime()));
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(" + TableDefinitions.LISTS_SORT_KEY + ")"));
    }

    /** The list, unless it is missing or being deleted. */
    public Optional<FaceList> get(UUID account, UUID listId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, listId))).item();
        return item == null || item.isEmpty() || item.containsKey(DELETING) ? Optional.empty() : Optional.of(list(item));
    }

    /** The account's lists among these ids that are not being deleted, in no particular order; ids must not repeat. */
    public List<FaceList> getAll(UUID account, Collection<UUID> listIds) {
        return stored(account, listIds).stream().filter(item -> !item.containsKey(DELETING)).map(ListsTable::list).toList();
    }

    /** Which of these ids name a list of the account, lists being deleted included. */
    public Set<UUID> existing(UUID account, Collection<UUID> listIds) {
        return stored(account, listIds).stream().map(item -> Items.uuid(item, TableDefinitions.LISTS_SORT_KEY)).collect(Collectors.toSet());
    }

    private List<Map<String, AttributeValue>> stored(UUID account, Collection<UUID> listIds) {
        return Batches.get(dynamo, table, listIds.stream().map(id -> key(account, id)).toList(), null, null);
    }

    /** Newest first, within the creation time range; lists being deleted left out. */
    public Stream<FaceList> inTimeOrder(UUID account, TimeRange createTime) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, TableDefinitions.LISTS_KEY, s(account), createTime);
        return condition.map(c -> query(QueryRequest.builder().indexName(TableDefinitions.BY_CREATE_TIME), c, e)).orElse(Stream.empty());
    }

    /** Highest id first; like faces, a list whose id is the upper bound comes back too, for the caller's filter. */
    public Stream<FaceList> inIdOrder(UUID account, IdRange ids) {
        var e = new Expressions();
        var condition = KeyConditions.ids(e, TableDefinitions.LISTS_KEY, s(account), TableDefinitions.LISTS_SORT_KEY, ids);
        return condition.map(c -> query(QueryRequest.builder(), c, e)).orElse(Stream.empty());
    }

    private Stream<FaceList> query(QueryRequest.Builder builder, String condition, Expressions e) {
        var request = builder.tableName(table).consistentRead(true).scanIndexForward(false).keyConditionExpression(condition)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().filter(item -> !item.containsKey(DELETING)).map(ListsTable::list);
    }

    /** False when the account has no such list, or it is being deleted. */
    public boolean updateUserData(UUID account, UUID listId, String userData) {
        return updateLive(account, listId, new Expressions().set("user_data", s(userData)));
    }

    /**
     * Moves {@code last_update_time} to {@code now} for lists faces joined or left. Never backwards: a
     * request that finished later may have set a later time already. A list gone meanwhile is skipped.
     */
    public void touch(UUID account, Collection<UUID> listIds, Instant now) {
        for (var listId : listIds) {
            var e = new Expressions().set("last_update_time", Items.time(now)).compare("last_update_time", "<", Items.time(now));
            for (int attempt = 0; ; attempt++) {
                try {
                    updateLive(account, listId, e);
                    break;
                } catch (TransactionConflictException conflict) {
                    // a transaction attaching faces checks this list right now; the write waits its turn
                    if (attempt == Transactions.MAX_ATTEMPTS) {
                        throw conflict;
                    }
                    Batches.pauseBeforeRetry(attempt + 1);
                }
            }
        }
    }

    /** Marks the list as being deleted; false when the account has no such list. A list already marked stays so. */
    public boolean markDeleting(UUID account, UUID listId) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(account, listId))
                    .updateExpression("SET " + DELETING + " = :true").conditionExpression("attribute_exists(" + TableDefinitions.LISTS_SORT_KEY + ")")
                    .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    public void delete(UUID account, UUID listId) {
        dynamo.deleteItem(b -> b.tableName(table).key(key(account, listId)));
    }

    private boolean updateLive(UUID account, UUID listId, Expressions e) {
        var condition = e.condition() == null ? LIVE : LIVE + " AND " + e.condition();
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(account, listId)).updateExpression(e.update())
                    .conditionExpression(condition).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException ex) {
            return false;
        }
    }

    private static FaceList list(Map<String, AttributeValue> item) {
        return new FaceList(
                Items.uuid(item, TableDefinitions.LISTS_SORT_KEY),
                Items.uuid(item, TableDefinitions.LISTS_KEY),
                Items.string(item, "user_data"),
                Items.instant(item, "create_time"),
                Items.instant(item, "last_update_time"));
    }
}
