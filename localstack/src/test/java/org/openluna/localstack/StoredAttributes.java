package org.openluna.localstack;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * The attributes table of the started stack, read straight from DynamoDB Local: what the API cannot
 * show (that a refused request stored nothing, the TTL attribute of an item) checked where it lives.
 */
final class StoredAttributes implements AutoCloseable {
    private static final String TABLE = "luna-attributes";

    private final DynamoDbClient dynamo;

    StoredAttributes(RunningStack.Started stack) {
        this.dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + stack.settings().emulatorPorts().dynamodb()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** How many items the account has, expired ones included. */
    int count(String accountId) {
        return dynamo.query(b -> b.tableName(TABLE).consistentRead(true).keyConditionExpression("account_id = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(accountId)))).count();
    }

    Optional<Map<String, AttributeValue>> item(String accountId, String attributeId) {
        var item = dynamo.getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of("account_id", AttributeValue.fromS(accountId), "attribute_id", AttributeValue.fromS(attributeId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    TimeToLiveDescription timeToLive() {
        return dynamo.describeTimeToLive(b -> b.tableName(TABLE)).timeToLiveDescription();
    }

    @Override
    public void close() {
        dynamo.close();
    }
}
