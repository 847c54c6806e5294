package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.Json;
import org.openluna.shared.handlers.VerifierPolicies;
import org.openluna.shared.verifiers.Verifier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Verifiers in DynamoDB, laid out as handlers are (ADR 0011, ADR 0014): partitioned by account, so
 * every read and write names the account and another account's verifier is simply not there; the
 * policies are one attribute of JSON text, written whole with every default and read back through
 * the same reader as a request.
 */
public final class VerifiersTable {
    private static final String POLICIES = "policies";
    private static final String VERSION = "version";
    private static final String EXISTS = "attribute_exists(" + TableDefinitions.VERIFIERS_SORT_KEY + ")";

    private final DynamoDbClient dynamo;
    private final String table;

    public VerifiersTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.verifiers();
    }

    private static Map<String, AttributeValue> key(UUID account, UUID verifierId) {
        return Map.of(TableDefinitions.VERIFIERS_KEY, s(account), TableDefinitions.VERIFIERS_SORT_KEY, s(verifierId));
    }

    public void create(Verifier verifier) {
        var item = new HashMap<>(key(verifier.accountId(), verifier.verifierId()));
        item.putAll(content(verifier));
        item.put("create_time", Items.time(verifier.createTime()));
        item.put(TableDefinitions.CREATE_KEY, s(verifier.createKey()));
        item.put(VERSION, Items.n(verifier.version()));
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(" + TableDefinitions.VERIFIERS_SORT_KEY + ")"));
    }

    public Optional<Verifier> get(UUID account, UUID verifierId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, verifierId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(verifier(item));
    }

    /** The account's verifiers, newest first. */
    public Stream<Verifier> newestFirst(UUID account) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.VERIFIERS_KEY) + " = " + e.value(s(account));
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinitions.BY_CREATE_TIME).consistentRead(true)
                        .scanIndexForward(false).keyConditionExpression(condition)
                        .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()))
                .items().stream().map(VerifiersTable::verifier);
    }

    /**
     * Replaces what a client sets (all of it, as PUT does) and counts the version up in the same
     * write, keeping the id and creation time; the new version, or empty when the account has no such
     * verifier, and then nothing is written.
     */
    public OptionalLong replace(Verifier verifier) {
        var e = new Expressions().setAll(content(verifier)).add(VERSION, Items.n(1));
        try {
            var updated = dynamo.updateItem(b -> b.tableName(table).key(key(verifier.accountId(), verifier.verifierId()))
                    .updateExpression(e.update()).conditionExpression(EXISTS).returnValues(ReturnValue.UPDATED_NEW)
                    .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return OptionalLong.of(Long.parseLong(updated.attributes().get(VERSION).n()));
        } catch (ConditionalCheckFailedException missing) {
            return OptionalLong.empty();
        }
    }

    /** False when the account has no such verifier. */
    public boolean delete(UUID account, UUID verifierId) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account, verifierId)).conditionExpression(EXISTS));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    /** The attributes a client sets, and the time of setting them. */
    private static Map<String, AttributeValue> content(Verifier verifier) {
        var attributes = new HashMap<String, AttributeValue>();
        attributes.put("description", s(verifier.description()));
        attributes.put("last_update_time", Items.time(verifier.lastUpdateTime()));
        attributes.put(POLICIES, s(Json.writeString(verifier.policies().toJson())));
        return attributes;
    }

    private static Verifier verifier(Map<String, AttributeValue> item) {
        var policies = VerifierPolicies.read(Json.tree(Items.string(item, POLICIES).getBytes(StandardCharsets.UTF_8)), POLICIES);
        return new Verifier(
                Items.uuid(item, TableDefinitions.VERIFIERS_SORT_KEY),
                Items.uuid(item, TableDefinitions.VERIFIERS_KEY),
                Items.string(item, "description"),
                policies,
                Items.instant(item, "create_time"),
                Items.instant(item, "last_update_time"),
                Long.parseLong(item.get(VERSION).n()));
    }
}
