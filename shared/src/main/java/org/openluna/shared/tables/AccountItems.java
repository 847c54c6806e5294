package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The items of one account whose sort key starts with a prefix, in a table keyed by account and {@code item_key}. */
final class AccountItems {
    private AccountItems() {}

    static List<Map<String, AttributeValue>> withPrefix(DynamoDbClient dynamo, String table, UUID account, String prefix) {
        var e = new Expressions();
        var condition = e.name("account_id") + " = " + e.value(s(account)) + " AND begins_with(" + e.name("item_key") + ", "
                + e.value(s(prefix)) + ")";
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).keyConditionExpression(condition)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())).items().stream().toList();
    }
}
