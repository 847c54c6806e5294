package org.openluna.shared.blobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.openluna.shared.api.QueryParams;

/** The {@code ttl} query of stored blobs: a lifetime in days from the seed's list, or -1 to keep forever. */
public final class Lifetime {
    /** The lifetimes the seed allows (l.1582), also for what a handler stores (ADR 0011). */
    public static final Set<Integer> ALLOWED_DAYS = Set.of(1, 2, 3, 4, 5, 6, 7, 14, 30, 60, 90, 180, 365, -1);

    private Lifetime() {}

    /** When a blob uploaded now expires; empty when it is kept until deleted. */
    public static Optional<Instant> expiryFrom(QueryParams query, Clock clock) {
        return query.oneOf("ttl", ALLOWED_DAYS).flatMap(days -> expiryAfterDays(days, clock));
    }

    /** When a blob stored now for {@code days}, one of {@link #ALLOWED_DAYS}, expires; empty for -1, kept until deleted. */
    public static Optional<Instant> expiryAfterDays(int days, Clock clock) {
        if (!ALLOWED_DAYS.contains(days)) {
            throw new IllegalArgumentException("not a lifetime the seed allows: " + days);
        }
        return days > 0 ? Optional.of(clock.instant().plus(Duration.ofDays(days))) : Optional.empty();
    }
}
