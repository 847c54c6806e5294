package org.openluna.shared.faces;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openluna.shared.api.Times;

/**
 * Sort keys of objects in time order, {@code <time>#<id>}: times are fixed-width UTC text with
 * milliseconds, so the text sorts by time, and the id keeps two objects of one millisecond apart.
 */
public final class CreateKeys {
    private CreateKeys() {}

    public static String of(Instant time, UUID id) {
        return Times.format(time) + "#" + id;
    }

    /**
     * The key bound for a time bound: every key of a time at or after {@code time} sorts at or after
     * it, every earlier one before. Stored times are whole milliseconds, so a bound between two is
     * rounded up: a face of .674 is before a bound of .6745 and so before .675.
     */
    public static String bound(Instant time) {
        var millis = time.truncatedTo(ChronoUnit.MILLIS);
        return Times.format(millis.equals(time) ? millis : millis.plusMillis(1));
    }
}
