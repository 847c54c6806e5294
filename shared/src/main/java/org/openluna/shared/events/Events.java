package org.openluna.shared.events;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.tables.EventsTable;

/**
 * The events of each account (seed l.8653-9078): saved by handlers and users, read by id, listed with
 * filters. Every operation names the account, and another account's event answers exactly as a missing
 * one. How far one listing may read is bounded (ADR 0013).
 */
public final class Events {
    /** The most events one listing may read beyond those it skips and shows: those its filters reject. */
    public static final int MAX_REJECTED = 10_000;
    /** The most events one statistics request may read: DynamoDB keeps no aggregates, so each is read (ADR 0013). */
    public static final int MAX_STATS_READ = 100_000;
    // DynamoDB returns at most 1 MB a page; a page of 10 events reads no further than it needs
    private static final int MAX_READ_PAGE = 1000;

    private final EventsTable table;
    private final EventSearch search;

    public Events(EventsTable table) {
        this.table = table;
        this.search = new EventSearch(table);
    }

    public void save(StoredEvent event) {
        table.put(event);
    }

    /** Writes the events in batches; writing one again puts the same item, so a batch may be repeated. */
    public void saveAll(List<StoredEvent> events) {
        if (!events.isEmpty()) {
            table.putAll(events);
        }
    }

    public StoredEvent get(UUID account, UUID eventId) {
        return table.get(account, eventId).orElseThrow(() -> new LunaException(ErrorCode.EVENT_NOT_FOUND, eventId));
    }

    /** The account's events among these ids, in the ids' order, each once; missing ones are left out. */
    public List<StoredEvent> getAll(UUID account, List<UUID> eventIds) {
        return table.getAll(account, eventIds);
    }

    /** One page of the events that pass the filter, newest first unless asked otherwise, or by id with id bounds. */
    public List<StoredEvent> find(UUID account, EventFilter filter, Paging paging) {
        long shownAndSkipped = paging.offset() + paging.pageSize();
        int readPage = (int) Math.min(MAX_READ_PAGE, shownAndSkipped);
        var budget = new ReadBudget(shownAndSkipped + MAX_REJECTED);
        try (var found = search.candidates(account, filter, readPage, budget)) {
            return found.filter(filter::matches).skip(paging.offset()).limit(paging.pageSize()).toList();
        }
    }

    /** At most {@code max} of the account's events with this external id, of any time, read through the external id index. */
    public List<StoredEvent> withExternalId(UUID account, String externalId, int max) {
        var filter = new EventFilter(null, IdRange.any(), new TimeRange(null, null), null, null, List.of(externalId), null, null, null,
                null, List.of(new EventFilter.Condition("external_ids", e -> externalId.equals(e.externalId()))), false);
        try (var found = every(account, filter, MAX_REJECTED)) {
            return found.limit(max).toList();
        }
    }

    /** Statistics of the account's events (seed l.8572-8646), over at most {@link #MAX_STATS_READ} events read. */
    public EventStats.Result stats(UUID account, StatsRequest request) {
        try (var events = every(account, StatsFilters.of(request), MAX_STATS_READ)) {
            return EventStats.of(events, request);
        }
    }

    /** Removes an event of the account (a gc task's work); false when there was none. */
    public boolean delete(UUID account, UUID eventId) {
        return table.delete(account, eventId);
    }

    /** Every event that passes the filter, read lazily, within a budget of {@code maxRead} events read. */
    public Stream<StoredEvent> every(UUID account, EventFilter filter, long maxRead) {
        return search.candidates(account, filter, MAX_READ_PAGE, new ReadBudget(maxRead)).filter(filter::matches);
    }
}
