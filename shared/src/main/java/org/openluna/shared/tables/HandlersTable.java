package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.Json;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.HandlerType;
import org.openluna.shared.handlers.Policies;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Handlers in DynamoDB, partitioned by account like lists (ADR 0011): every read and write names the
 * account, so one account's handler is, to another, simply not there. A static handler's policies
 * are one attribute of JSON text, written whole with every default, and read back through the same
 * reader as a request, so a default added later shows on old handlers too.
 */
public final class HandlersTable {
    private static final String POLICIES = "policies";
    private static final String LAMBDA_ID = "lambda_id";
    private static final String EXISTS = "attribute_exists(" + TableDefinitions.HANDLERS_SORT_KEY + ")";

    private final DynamoDbClient dynamo;
    private final String table;

    public HandlersTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.handlers();
    }

    private static Map<String, AttributeValue> key(UUID account, UUID handlerId) {
        return Map.of(TableDefinitions.HANDLERS_KEY, s(account), TableDefinitions.HANDLERS_SORT_KEY, s(handlerId));
    }

    public void create(Handler handler) {
        var item = new HashMap<>(key(handler.accountId(), handler.handlerId()));
        item.putAll(content(handler));
        item.put("create_time", Items.time(handler.createTime()));
        item.put(TableDefinitions.CREATE_KEY, s(handler.createKey()));
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(" + TableDefinitions.HANDLERS_SORT_KEY + ")"));
    }

    public Optional<Handler> get(UUID account, UUID handlerId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, handlerId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(handler(item));
    }

    /** The account's handlers, newest first. */
    public Stream<Handler> newestFirst(UUID account) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.HANDLERS_KEY) + " = " + e.value(s(account));
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinitions.BY_CREATE_TIME).consistentRead(true)
                        .scanIndexForward(false).keyConditionExpression(condition)
                        .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()))
                .items().stream().map(HandlersTable::handler);
    }

    /**
     * Replaces what a client sets (all of it, as PUT does), keeping the id and creation time; false
     * when the account has no such handler, and then nothing is written.
     */
    public boolean replace(Handler handler) {
        var e = new Expressions().setAll(content(handler));
        if (handler.policies() == null) {
            e.remove(POLICIES);
        }
        if (handler.lambdaId() == null) {
            e.remove(LAMBDA_ID);
        }
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(handler.accountId(), handler.handlerId())).updateExpression(e.update())
                    .conditionExpression(EXISTS).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    /** False when the account has no such handler. */
    public boolean delete(UUID account, UUID handlerId) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account, handlerId)).conditionExpression(EXISTS));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    /** The attributes a client sets, and the time of setting them. */
    private static Map<String, AttributeValue> content(Handler handler) {
        var attributes = new HashMap<String, AttributeValue>();
        attributes.put("description", s(handler.description()));
        attributes.put("handler_type", Items.n(handler.handlerType().code()));
        attributes.put("last_update_time", Items.time(handler.lastUpdateTime()));
        if (handler.policies() != null) {
            attributes.put(POLICIES, s(Json.writeString(handler.policies().toJson())));
        }
        if (handler.lambdaId() != null) {
            attributes.put(LAMBDA_ID, s(handler.lambdaId()));
        }
        return attributes;
    }

    private static Handler handler(Map<String, AttributeValue> item) {
        var type = HandlerType.ofCode(Integer.parseInt(item.get("handler_type").n()))
                .orElseThrow(() -> new IllegalStateException("stored handler of unknown type " + item.get("handler_type").n()));
        var policies = Items.optionalString(item, POLICIES)
                .map(json -> Policies.read(Json.tree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), POLICIES))
                .orElse(null);
        return new Handler(
                Items.uuid(item, TableDefinitions.HANDLERS_SORT_KEY),
                Items.uuid(item, TableDefinitions.HANDLERS_KEY),
                Items.string(item, "description"),
                type,
                policies,
                Items.optionalString(item, LAMBDA_ID).map(UUID::fromString).orElse(null),
                Items.instant(item, "create_time"),
                Items.instant(item, "last_update_time"));
    }
}
