package org.openluna.shared.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import org.openluna.shared.api.Times;

/**
 * The {@code group_by} of event statistics (seed l.8590, "group events by creation time ... by
 * frequency or by time intervals"; the example groups {@code dayOfWeek} into "Tuesday"). The seed lost
 * the list; ours, in UTC: by frequency, each {@code minute}, {@code hour}, {@code day}, {@code week}
 * (from Monday), {@code month} or {@code year}, named by its first instant; by time of, {@code hourOfDay}
 * (0-23), {@code dayOfWeek} ("Monday"), {@code dayOfMonth} (1-31) and {@code monthOfYear} ("January").
 */
final class TimeGroups {
    static final Set<String> NAMES = Set.of("minute", "hour", "day", "week", "month", "year", "hourOfDay", "dayOfWeek",
            "dayOfMonth", "monthOfYear");

    /** A group of creation times: the value the row shows, and where the row sorts. */
    record Group(long order, Object label) {}

    private TimeGroups() {}

    static Group of(String groupBy, Instant time) {
        var t = time.atOffset(ZoneOffset.UTC);
        return switch (groupBy) {
            case "minute" -> start(t.truncatedTo(ChronoUnit.MINUTES).toInstant());
            case "hour" -> start(t.truncatedTo(ChronoUnit.HOURS).toInstant());
            case "day" -> start(t.truncatedTo(ChronoUnit.DAYS).toInstant());
            case "week" -> start(t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant());
            case "month" -> start(t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant());
            case "year" -> start(t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).toInstant());
            case "hourOfDay" -> new Group(t.getHour(), t.getHour());
            case "dayOfWeek" -> new Group(t.getDayOfWeek().getValue(), t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            case "dayOfMonth" -> new Group(t.getDayOfMonth(), t.getDayOfMonth());
            case "monthOfYear" -> new Group(t.getMonthValue(), t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            default -> throw new IllegalArgumentException("no time group " + groupBy);
        };
    }

    private static Group start(Instant start) {
        return new Group(start.toEpochMilli(), Times.format(start));
    }
}
