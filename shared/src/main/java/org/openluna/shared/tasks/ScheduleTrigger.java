package org.openluna.shared.tasks;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A schedule's trigger (seed l.10497-10500): a crontab line of five fields, as LUNA's schedules take
 * it, read in {@code cron_timezone} ({@code utc} when absent). Its runs fall on whole minutes, which
 * is as often as EventBridge Scheduler's tick looks (ADR 0021).
 */
public record ScheduleTrigger(String cron, String timezone) {
    private static final CronParser CRONTAB = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final Set<String> FIELDS = Set.of("cron", "cron_timezone");
    private static final String UTC = "utc";

    public static ScheduleTrigger read(JsonNode node, String path, Instant now) {
        JsonFields.object(Check.required(node, path), path, FIELDS);
        var cron = JsonFields.optionalString(node, "cron", path);
        if (cron == null) {
            throw Check.invalid(path + ".cron", "field required");
        }
        var timezone = JsonFields.optionalString(node, "cron_timezone", path);
        var trigger = new ScheduleTrigger(cron.trim(), timezone == null ? UTC : timezone);
        try {
            CRONTAB.parse(trigger.cron).validate();
        } catch (IllegalArgumentException e) {
            throw Check.invalid(path + ".cron", "not a crontab line of five fields: " + e.getMessage());
        }
        if (zone(trigger.timezone).isEmpty()) {
            throw Check.invalid(path + ".cron_timezone", "not a known time zone");
        }
        if (trigger.nextAfter(now).isEmpty()) {
            throw Check.invalid(path + ".cron", "never fires");
        }
        return trigger;
    }

    /** The first run strictly after {@code after}; empty for a line that matches no date to come. */
    public Optional<Instant> nextAfter(Instant after) {
        var zone = zone(timezone).orElseThrow();
        return ExecutionTime.forCron(CRONTAB.parse(cron)).nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    /** A time zone by its IANA name in any case, as LUNA's scheduler takes {@code utc}. */
    private static Optional<ZoneId> zone(String name) {
        if (name.equalsIgnoreCase(UTC)) {
            return Optional.of(ZoneId.of("UTC"));
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(name)).findFirst().map(ZoneId::of);
        }
    }
}
