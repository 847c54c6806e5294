package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.auth.Session;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Login sessions in DynamoDB, keyed by session id. An item lives while its cookie may be used;
 * {@code expires_at} (epoch seconds) lets DynamoDB delete it once the cookie has expired anyway.
 */
public final class SessionsTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public SessionsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.sessions();
    }

    public void put(Session session) {
        dynamo.putItem(b -> b.tableName(table).item(Map.of(
                TableDefinitions.SESSIONS_KEY, s(session.sessionId()),
                "account_id", s(session.accountId()),
                "credentials", s(session.credentials()),
                "expiration_time", Items.time(session.expirationTime()),
                TableDefinitions.SESSIONS_TTL, Items.n(session.expirationTime().getEpochSecond()))));
    }

    public Optional<Session> get(UUID sessionId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(TableDefinitions.SESSIONS_KEY, s(sessionId)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(sessionId, Items.uuid(item, "account_id"), Items.string(item, "credentials"),
                Instant.parse(Items.string(item, "expiration_time"))));
    }

    public void delete(UUID sessionId) {
        dynamo.deleteItem(b -> b.tableName(table).key(Map.of(TableDefinitions.SESSIONS_KEY, s(sessionId))));
    }
}
