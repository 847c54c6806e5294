package org.openluna.shared.api;

import java.time.Clock;
import java.time.DateTimeException;
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
            try {
                return Optional.of(relativeToNow(Long.parseLong(relative.group(1)), relative.group(2), clock));
            } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
                // more units than a long holds, or a time before the year -999999999
                return Optional.empty();
            }
        }
        return parseAbsolute(raw);
    }

    private static Instant relativeToNow(long amount, String unit, Clock clock) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime then = switch (unit) {
            case "s" -> now.minusSeconds(amount);
            case "m" -> now.minusMinutes(amount);
            case "h" -> now.minusHours(amount);
            case "d" -> now.minusDays(amount);
            case "w" -> now.minusWeeks(amount);
            case "M" -> now.minusMonths(amount);
            default -> now.minusYears(amount);
        };
        return then.toInstant();
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
