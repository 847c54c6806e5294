package org.openluna.localstack;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The verifiers of the started stack, read straight from DynamoDB Local: that a refused request wrote
 * nothing, and what an item holds, checked where it lives.
 */
final class StoredVerifiers implements AutoCloseable {
    static final String VERIFIERS = "luna-verifiers";

    private final StoredFaces tables;

    StoredVerifiers(RunningStack.Started stack) {
        this.tables = new StoredFaces(stack);
    }

    /** The verifier items of the account. */
    int count(String accountId) {
        return tables.dynamo().queryPaginator(b -> b.tableName(VERIFIERS).consistentRead(true).keyConditionExpression("#k = :v")
                        .expressionAttributeNames(Map.of("#k", "account_id"))
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(accountId))))
                .stream().mapToInt(page -> page.count()).sum();
    }

    Optional<Map<String, AttributeValue>> item(String accountId, String verifierId) {
        var item = tables.dynamo().getItem(b -> b.tableName(VERIFIERS).consistentRead(true)
                .key(Map.of("account_id", AttributeValue.fromS(accountId), "verifier_id", AttributeValue.fromS(verifierId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    TableDescription describe() {
        return tables.describe(VERIFIERS);
    }

    @Override
    public void close() {
        tables.close();
    }
}
