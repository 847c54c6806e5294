package org.openluna.shared.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** DynamoDB's batch calls within their limits, each split into calls of at most 25 writes or 100 reads, with retries. */
final class Batches {
    static final int WRITE_BATCH = 25;
    static final int READ_BATCH = 100;

    private Batches() {}

    /** The items stored under these keys, read consistently, in no particular order; keys must not repeat. */
    static List<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys,
                                                 String projection, Map<String, String> names) {
        var found = new ArrayList<Map<String, AttributeValue>>(keys.size());
        for (int from = 0; from < keys.size(); from += READ_BATCH) {
            var request = KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + READ_BATCH))).consistentRead(true);
            if (projection != null) {
                request.projectionExpression(projection).expressionAttributeNames(names);
            }
            Map<String, KeysAndAttributes> pending = Map.of(table, request.build());
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pauseBeforeRetry(attempt);
                var asked = pending;
                var response = dynamo.batchGetItem(b -> b.requestItems(asked));
                found.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.unprocessedKeys();
            }
        }
        return found;
    }

    static void put(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        write(dynamo, table, items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList());
    }

    static void delete(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        write(dynamo, table, keys.stream()
                .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build()).toList());
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += WRITE_BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(from, Math.min(writes.size(), from + WRITE_BATCH)));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                pauseBeforeRetry(attempt);
                var asked = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(asked)).unprocessedItems();
            }
        }
    }

    /**
     * Items a batch call leaves unprocessed are those DynamoDB had no capacity for, and a transaction
     * that met another on the same item may succeed a moment later; asking again at once would meet
     * the same limit, so each retry waits longer, as AWS advises (50 ms doubling, at most 1 s).
     */
    static void pauseBeforeRetry(int attempt) {
        if (attempt == 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(1000L, 50L << Math.min(attempt - 1, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a DynamoDB call", e);
        }
    }
}
