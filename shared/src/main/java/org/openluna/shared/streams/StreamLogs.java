package org.openluna.shared.streams;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.tables.StreamLogsTable;

/** The logs of an account's streams (seed l.15546-15571), newest first. */
public final class StreamLogs {
    private final StreamLogsTable table;

    public StreamLogs(StreamLogsTable table) {
        this.table = table;
    }

    public List<StreamLog> find(UUID account, Set<UUID> streamIds, Set<StreamStatus> statuses, TimeRange logTime, Paging paging) {
        return table.all(account).stream().map(StreamLogsTable.Entry::log)
                .filter(log -> streamIds == null || streamIds.contains(log.streamId()))
                .filter(log -> statuses == null || statuses.contains(log.status()))
                .filter(log -> logTime.contains(log.logTime()))
                .sorted(Comparator.comparing(StreamLog::logTime).reversed())
                .skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    /** Deletes the entries older than {@code before}, except each stream's last one (l.15566); how many went. */
    public int deleteBefore(UUID account, java.time.Instant before) {
        var entries = table.all(account);
        var last = new HashMap<UUID, StreamLogsTable.Entry>();
        for (var entry : entries) {
            last.merge(entry.log().streamId(), entry, (a, b) -> a.key().compareTo(b.key()) >= 0 ? a : b);
        }
        int deleted = 0;
        for (var entry : entries) {
            if (entry.log().logTime().isBefore(before) && last.get(entry.log().streamId()) != entry) {
                table.delete(entry);
                deleted++;
            }
        }
        return deleted;
    }
}
