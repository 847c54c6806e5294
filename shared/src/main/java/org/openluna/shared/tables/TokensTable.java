package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.auth.PermissionsJson;
import org.openluna.shared.auth.Token;
import org.openluna.shared.auth.VisibilityArea;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Tokens in DynamoDB, keyed by token id, with an index by account ordered by creation time. */
public final class TokensTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public TokensTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.tokens();
    }

    public void put(Token token) {
        dynamo.putItem(b -> b.tableName(table).item(toItem(token)));
    }

    /** Replaces a token only while it still exists and belongs to the same account; false otherwise. */
    public boolean replace(Token token) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(toItem(token))
                    .conditionExpression("account_id = :account")
                    .expressionAttributeValues(Map.of(":account", s(token.accountId()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    public Optional<Token> get(UUID tokenId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(TableDefinitions.TOKENS_KEY, s(tokenId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** Deletes the token if the account owns it; false when there was no such token of that account. */
    public boolean delete(UUID accountId, UUID tokenId) {
        try {
            dynamo.deleteItem(b -> b.tableName(table)
                    .key(Map.of(TableDefinitions.TOKENS_KEY, s(tokenId)))
                    .conditionExpression("account_id = :account")
                    .expressionAttributeValues(Map.of(":account", s(accountId))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** The tokens of one account, oldest first. */
    public List<Token> ofAccount(UUID accountId) {
        var tokens = new ArrayList<Token>();
        var request = QueryRequest.builder().tableName(table).indexName(TableDefinitions.TOKENS_BY_ACCOUNT)
                .keyConditionExpression("account_id = :account")
                .expressionAttributeValues(Map.of(":account", s(accountId))).build();
        dynamo.queryPaginator(request).items().forEach(item -> tokens.add(fromItem(item)));
        return tokens;
    }

    /** The tokens of every account, for admins with visibility of all accounts. */
    public List<Token> all() {
        var tokens = new ArrayList<Token>();
        dynamo.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
                .items().forEach(item -> tokens.add(fromItem(item)));
        return tokens;
    }

    private static Map<String, AttributeValue> toItem(Token token) {
        var item = new HashMap<String, AttributeValue>();
        item.put(TableDefinitions.TOKENS_KEY, s(token.tokenId()));
        item.put("account_id", s(token.accountId()));
        item.put("permissions", s(Json.writeString(PermissionsJson.write(token.permissions()))));
        item.put("description", s(token.description()));
        token.expiration().ifPresent(t -> item.put("expiration_time", Items.time(t)));
        item.put("visibility_area", s(token.visibilityArea().wire()));
        item.put("jwt", s(token.jwt()));
        item.put("create_time", Items.time(token.createTime()));
        item.put("last_update_time", Items.time(token.lastUpdateTime()));
        return item;
    }

    private static Token fromItem(Map<String, AttributeValue> item) {
        return new Token(
                Items.uuid(item, TableDefinitions.TOKENS_KEY),
                Items.uuid(item, "account_id"),
                PermissionsJson.read(Json.tree(Items.string(item, "permissions").getBytes(java.nio.charset.StandardCharsets.UTF_8)), "permissions"),
                Items.string(item, "description"),
                Items.optionalString(item, "expiration_time").map(java.time.Instant::parse).orElse(null),
                VisibilityArea.parse(Items.string(item, "visibility_area")).orElseThrow(),
                Items.string(item, "jwt"),
                Items.instant(item, "create_time"),
                Items.instant(item, "last_update_time"));
    }
}
