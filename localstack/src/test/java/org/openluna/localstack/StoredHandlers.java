package org.openluna.localstack;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The handlers of the started stack, read straight from DynamoDB Local: that a refused request wrote
 * nothing, and what an item holds, checked where it lives.
 */
final class StoredHandlers implements AutoCloseable {
    static final String HANDLERS = "luna-handlers";

    private final StoredFaces tables;

    StoredHandlers(RunningStack.Started stack) {
        this.tables = new StoredFaces(stack);
    }

    /** The handler items of the account. */
    int count(String accountId) {
        return tables.dynamo().queryPaginator(b -> b.tableName(HANDLERS).consistentRead(true).keyConditionExpression("#k = :v")
                        .expressionAttributeNames(Map.of("#k", "account_id"))
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(accountId))))
                .stream().mapToInt(page -> page.count()).sum();
    }

    Optional<Map<String, AttributeValue>> item(String accountId, String handlerId) {
        var item = tables.dynamo().getItem(b -> b.tableName(HANDLERS).consistentRead(true)
                .key(Map.of("account_id", AttributeValue.fromS(accountId), "handler_id", AttributeValue.fromS(handlerId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    TableDescription describe() {
        return tables.describe(HANDLERS);
    }

    @Override
    public void close() {
        tables.close();
    }
}
