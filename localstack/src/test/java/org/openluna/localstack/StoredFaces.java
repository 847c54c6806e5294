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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The faces, lists and list items of the started stack, read straight from DynamoDB Local: what the
 * API cannot show (that a refused request wrote nothing, that a deletion left no item behind, the
 * streams the matcher will read) checked where it lives.
 */
final class StoredFaces implements AutoCloseable {
    static final String FACES = "luna-faces";
    static final String LISTS = "luna-lists";
    static final String LIST_FACES = "luna-list-faces";

    private final URI endpoint;
    private final DynamoDbClient dynamo;

    StoredFaces(RunningStack.Started stack) {
        this.endpoint = URI.create("http://127.0.0.1:" + stack.settings().emulatorPorts().dynamodb());
        this.dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** The faces items of the account. */
    int faces(String accountId) {
        return count(FACES, "account_id", accountId);
    }

    /** The lists items of the account, lists being deleted included. */
    int lists(String accountId) {
        return count(LISTS, "account_id", accountId);
    }

    /** The items of one list, one per face it holds. */
    int members(String listId) {
        return count(LIST_FACES, "list_id", listId);
    }

    Optional<Map<String, AttributeValue>> face(String accountId, String faceId) {
        var item = dynamo.getItem(b -> b.tableName(FACES).consistentRead(true)
                .key(Map.of("account_id", AttributeValue.fromS(accountId), "face_id", AttributeValue.fromS(faceId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** The client itself, for tests that drive the tables below the API. */
    DynamoDbClient dynamo() {
        return dynamo;
    }

    TableDescription describe(String table) {
        return dynamo.describeTable(b -> b.tableName(table)).table();
    }

    DynamoDbStreamsClient streams() {
        return DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private int count(String table, String key, String value) {
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).keyConditionExpression("#k = :v")
                        .expressionAttributeNames(Map.of("#k", key)).expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))))
                .stream().mapToInt(page -> page.count()).sum();
    }

    @Override
    public void close() {
        dynamo.close();
    }
}
