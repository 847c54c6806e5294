package org.openluna.shared.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A {@code <field>__gte} / {@code <field>__lt} pair of query filters: lower bound included, upper excluded. */
public record TimeRange(Optional<Instant> gte, Optional<Instant> lt) {
    public static TimeRange from(QueryParams query, String field, Clock clock) {
        return new TimeRange(query.time(field + "__gte", clock), query.time(field + "__lt", clock));
    }

    public boolean contains(Instant t) {
        return gte.map(b -> !t.isBefore(b)).orElse(true) && lt.map(t::isBefore).orElse(true);
    }
}
