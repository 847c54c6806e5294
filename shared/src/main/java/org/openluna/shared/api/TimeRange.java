package org.openluna.shared.api;

import java.time.Clock;
import java.time.Instant;

/**
 * A {@code <field>__gte} / {@code <field>__lt} pair of query filters: lower bound included, upper excluded.
 *
 * @param gte the lower bound, null when the client gave none
 * @param lt the upper bound, null when the client gave none
 */
public record TimeRange(Instant gte, Instant lt) {
    public static TimeRange from(QueryParams query, String field, Clock clock) {
        return new TimeRange(query.time(field + "__gte", clock).orElse(null), query.time(field + "__lt", clock).orElse(null));
    }

    public boolean contains(Instant t) {
        return (gte == null || !t.isBefore(gte)) && (lt == null || t.isBefore(lt));
    }
}
