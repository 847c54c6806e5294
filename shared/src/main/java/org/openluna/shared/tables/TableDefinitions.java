package org.openluna.shared.tables;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Every table's keys and indexes, in one place: the local stack creates tables from these, and the
 * Terraform definitions are checked against them.
 */
public final class TableDefinitions {
    static final String ACCOUNTS_KEY = "pk";
    static final String TOKENS_KEY = "token_id";
    static final String TOKENS_BY_ACCOUNT = "by_account";
    static final String ATTRIBUTES_KEY = "account_id";
    static final String ATTRIBUTES_SORT_KEY = "attribute_id";
    static final String ATTRIBUTES_TTL = "expires_at";

    private TableDefinitions() {}

    public static List<CreateTableRequest> all(TableNames names) {
        return List.of(
                CreateTableRequest.builder()
                        .tableName(names.accounts())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(ACCOUNTS_KEY))
                        .keySchema(hash(ACCOUNTS_KEY))
                        .build(),
                CreateTableRequest.builder()
                        .tableName(names.tokens())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(TOKENS_KEY), attribute("account_id"), attribute("create_time"))
                        .keySchema(hash(TOKENS_KEY))
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                                .indexName(TOKENS_BY_ACCOUNT)
                                .keySchema(hash("account_id"), range("create_time"))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build())
                        .build(),
                CreateTableRequest.builder()
                        .tableName(names.attributes())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(ATTRIBUTES_KEY), attribute(ATTRIBUTES_SORT_KEY))
                        .keySchema(hash(ATTRIBUTES_KEY), range(ATTRIBUTES_SORT_KEY))
                        .build());
    }

    /** The tables whose items DynamoDB deletes by itself, each with the attribute holding the epoch second it may. */
    public static Map<String, String> timeToLiveAttributes(TableNames names) {
        return Map.of(names.attributes(), ATTRIBUTES_TTL);
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
