package org.openluna.shared.events;

import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * How many events one request may read (ADR 0013). Filters no index serves are checked on each event
 * read, so a query whose filters reject almost everything in a month would read the month; the budget
 * stops it with an error that says to narrow the query, rather than time out or answer a partial page.
 */
final class ReadBudget {
    private final long limit;
    private long read;

    ReadBudget(long limit) {
        this.limit = limit;
    }

    <T> Stream<T> counted(Stream<T> events) {
        return events.peek(event -> {
            if (++read > limit) {
                throw new LunaException(ErrorCode.EVENTS_QUERY_TOO_BROAD, limit);
            }
        });
    }
}
