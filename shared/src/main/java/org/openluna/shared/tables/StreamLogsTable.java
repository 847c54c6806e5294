package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.n;
import static org.openluna.shared.tables.Items.s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.Times;
import org.openluna.shared.streams.StreamLog;
import org.openluna.shared.streams.StreamStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stream logs in the streams table, one item per entry, keyed by stream and time so an account's
 * entries of one stream sort by time.
 */
public final class StreamLogsTable {
    private static final String PREFIX = "log#";

    private final DynamoDbClient dynamo;
    private final String table;

    public StreamLogsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.streams();
    }

    /** One entry, with the item key that names it. */
    public record Entry(String key, UUID accountId, StreamLog log) {}

    public void add(UUID account, StreamLog log) {
        var item = new HashMap<String, AttributeValue>();
        item.put(TableDefinitions.STREAMS_KEY, s(account));
        item.put(TableDefinitions.STREAMS_SORT_KEY, s(PREFIX + log.streamId() + "#" + Times.format(log.logTime()) + "#" + UUID.randomUUID()));
        item.put("stream_id", s(log.streamId()));
        item.put("log_time", Items.time(log.logTime()));
        item.put("status", n(log.status().code()));
        if (log.error() != null) {
            item.put("error", s(log.error()));
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    public List<Entry> all(UUID account) {
        return AccountItems.withPrefix(dynamo, table, account, PREFIX).stream().map(StreamLogsTable::entry).toList();
    }

    public void delete(Entry entry) {
        dynamo.deleteItem(b -> b.tableName(table).key(Map.of(TableDefinitions.STREAMS_KEY, s(entry.accountId()),
                TableDefinitions.STREAMS_SORT_KEY, s(entry.key()))));
    }

    private static Entry entry(Map<String, AttributeValue> item) {
        var status = StreamStatus.ofCode(Integer.parseInt(item.get("status").n())).orElseThrow();
        return new Entry(Items.string(item, TableDefinitions.STREAMS_SORT_KEY), Items.uuid(item, TableDefinitions.STREAMS_KEY),
                new StreamLog(Items.uuid(item, "stream_id"), Items.instant(item, "log_time"), status,
                        Items.optionalString(item, "error").orElse(null)));
    }
}
