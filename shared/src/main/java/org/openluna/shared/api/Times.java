package org.openluna.shared.api;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/** Times as the API writes them: RFC 3339 with milliseconds in UTC, and relative times like {@code now-30d}. */
public final class Times {
    private static final Pattern RELATIVE = Pattern.compile("^now-(\\d{1,6})([smhdwMy])$");
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {}

    public static String format(Instant instant) {
        return OUTPUT.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static Optional<Instant> parse(String raw, Clock clock) {
        var relative = RELATIVE.matcher(raw);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(1));
            var now = clock.instant().atOffset(ZoneOffset.UTC);
            OffsetDateTime then = switch (relative.group(2)) {
                case "s" -> now.minusSeconds(amount);
                case "m" -> now.minusMinutes(amount);
                case "h" -> now.minusHours(amount);
                case "d" -> now.minusDays(amount);
                case "w" -> now.minusWeeks(amount);
                case "M" -> now.minusMonths(amount);
                default -> now.minusYears(amount);
            };
            return Optional.of(then.toInstant());
        }
        return parseAbsolute(raw);
    }

    public static Optional<Instant> parseAbsolute(String raw) {
        try {
            return Optional.of(OffsetDateTime.parse(raw).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Time kept in records: milliseconds, as the API prints them. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
