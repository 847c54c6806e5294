package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Which faces a list holds, read in the orders a face listing needs: newest face first, or highest
 * face id first. Reads are consistent. A list's items are reached only by its id, so callers check
 * first that the list is the caller's. Writes are in {@link FaceLinks}, with the faces they change.
 */
public final class ListFacesTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public ListFacesTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.listFaces();
    }

    /** The ids of the list's faces created within the range, newest first. */
    public Stream<UUID> inTimeOrder(UUID listId, TimeRange createTime, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, TableDefinitions.LIST_FACES_KEY, s(listId), createTime);
        return condition.map(c -> query(QueryRequest.builder().indexName(TableDefinitions.BY_CREATE_TIME), c, e, pageSize))
                .orElse(Stream.empty());
    }

    /** The ids of the list's faces within the range (the upper bound included, for the caller's filter), highest first. */
    public Stream<UUID> inIdOrder(UUID listId, IdRange ids, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.ids(e, TableDefinitions.LIST_FACES_KEY, s(listId), TableDefinitions.LIST_FACES_SORT_KEY, ids);
        return condition.map(c -> query(QueryRequest.builder(), c, e, pageSize)).orElse(Stream.empty());
    }

    /** How many of the list's faces were created within the range, counted without reading them out. */
    public long count(UUID listId, TimeRange createTime) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, TableDefinitions.LIST_FACES_KEY, s(listId), createTime);
        if (condition.isEmpty()) {
            return 0;
        }
        var request = QueryRequest.builder().tableName(table).indexName(TableDefinitions.BY_CREATE_TIME).consistentRead(true)
                .select(Select.COUNT).keyConditionExpression(condition.get())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).stream().mapToLong(page -> page.count()).sum();
    }

    private Stream<UUID> query(QueryRequest.Builder builder, String condition, Expressions e, int pageSize) {
        var request = builder.tableName(table).consistentRead(true).scanIndexForward(false).limit(pageSize)
                .keyConditionExpression(condition).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().map(item -> Items.uuid(item, TableDefinitions.LIST_FACES_SORT_KEY));
    }
}
