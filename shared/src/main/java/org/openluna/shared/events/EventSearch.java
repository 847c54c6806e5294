package org.openluna.shared.events;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openluna.shared.api.Ids;
import org.openluna.shared.tables.EventIndex;
import org.openluna.shared.tables.EventsTable;

/**
 * Where the events of a query are read from (ADR 0013): the most selective filter an index serves,
 * in this order: the event ids themselves, the face, external, track, top match, handler, stream and
 * source indexes, the table in id order when id bounds are given, else the account's time index. Each
 * serves the creation time range as its key range. An index of several values is read once per value
 * and the reads merged in order, lazily.
 */
final class EventSearch {
    private final EventsTable table;

    EventSearch(EventsTable table) {
        this.table = table;
    }

    /** The events the chosen source gives, in the answer's order; the caller checks every filter on them. */
    Stream<StoredEvent> candidates(UUID account, EventFilter filter, int pageSize, ReadBudget budget) {
        var order = order(filter);
        if (filter.eventIds() != null) {
            return budget.counted(table.getAll(account, filter.eventIds()).stream()).sorted(order);
        }
        if (filter.faceIds() != null) {
            return byValues(EventIndex.FACE_ID, account, filter.faceIds(), UUID::toString, filter, pageSize, budget);
        }
        if (filter.externalIds() != null) {
            return byValues(EventIndex.EXTERNAL_ID, account, filter.externalIds(), Function.identity(), filter, pageSize, budget);
        }
        if (filter.trackIds() != null && !filter.trackIds().withNull()) {
            return byValues(EventIndex.TRACK_ID, account, List.copyOf(filter.trackIds().values()), Function.identity(), filter, pageSize, budget);
        }
        if (filter.topSimilarObjectIds() != null) {
            // only ids can be top matches: other values find nothing, and need no read
            var ids = filter.topSimilarObjectIds().stream().filter(id -> Ids.parseUuid(id).isPresent()).toList();
            return byValues(EventIndex.TOP_MATCH, account, ids, Function.identity(), filter, pageSize, budget);
        }
        if (filter.handlerIds() != null) {
            return byValues(EventIndex.HANDLER, account, filter.handlerIds(), UUID::toString, filter, pageSize, budget);
        }
        if (filter.streamIds() != null && !filter.streamIds().withNull()) {
            return byValues(EventIndex.STREAM_ID, account, List.copyOf(filter.streamIds().values()), UUID::toString, filter, pageSize, budget);
        }
        if (filter.sources() != null && !filter.sources().withNull()) {
            return byValues(EventIndex.SOURCE, account, List.copyOf(filter.sources().values()), Function.identity(), filter, pageSize, budget);
        }
        if (filter.sortsById()) {
            return budget.counted(table.inIdOrder(account, filter.eventId(), filter.ascending(), pageSize));
        }
        return budget.counted(table.inTimeOrder(account, filter.createTime(), filter.ascending(), pageSize));
    }

    private <T> Stream<StoredEvent> byValues(EventIndex index, UUID account, List<T> values, Function<T, String> text,
                                             EventFilter filter, int pageSize, ReadBudget budget) {
        var reads = values.stream().distinct()
                .map(value -> budget.counted(table.withValue(index, account, text.apply(value), filter.createTime(), filter.ascending(), pageSize)))
                .toList();
        if (filter.sortsById()) {
            // the indexes are in time order; an answer by id needs every event of the range first
            return reads.stream().flatMap(s -> s).sorted(order(filter));
        }
        return SortedMerge.of(reads, order(filter));
    }

    static Comparator<StoredEvent> order(EventFilter filter) {
        Comparator<StoredEvent> order = filter.sortsById()
                ? Comparator.comparing(e -> e.eventId().toString())
                : Comparator.comparing((StoredEvent e) -> e.createTime()).thenComparing(e -> e.eventId().toString());
        return filter.ascending() ? order : order.reversed();
    }
}
