package org.openluna.shared.attributes;

import java.time.Duration;
import org.openluna.shared.api.QueryParams;

/** The {@code ttl} query of temporary attributes: seconds, 1 to 86400, 300 when not given (seed l.1815, l.1885). */
public record AttributeTtl(Duration value) {
    public static final int DEFAULT_SECONDS = 300;
    public static final int MAX_SECONDS = 86_400;

    public AttributeTtl {
        if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofSeconds(MAX_SECONDS)) > 0) {
            throw new IllegalArgumentException("a temporary attribute lives 1 to " + MAX_SECONDS + " seconds: " + value);
        }
    }

    public static AttributeTtl from(QueryParams query) {
        return new AttributeTtl(Duration.ofSeconds(query.integer("ttl", DEFAULT_SECONDS, 1, MAX_SECONDS)));
    }
}
