package org.openluna.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/events/stats} (seed l.8572-8646): what to aggregate ({@code targets}, by
 * default the count of events), which events ({@code filters}, and the creation {@code period}, which the
 * seed's table calls {@code periods} and its example {@code period}; both are read), and how to group
 * them by creation time ({@code group_by}). The seed lost the tables of columns, aggregators and
 * operators; ours are in ADR 0013. A body that breaks them is 12022 with the field's path. Without a
 * period the last month is counted, as {@code GET /6/events} reads it.
 */
public record StatsRequest(List<Target> targets, List<Filter> filters, TimeRange period, String groupBy) {
    static final Set<String> AGGREGATORS = Set.of("count", "min", "max", "avg", "group_by");
    static final Set<String> OPERATORS = Set.of("eq", "neq", "in", "nin", "gt", "gte", "lt", "lte", "like");
    static final Set<String> PERIOD_OPERATORS = Set.of("gt", "gte", "lt", "lte");
    /** Ours, as the seed prints no bound. */
    static final int MAX_ITEMS = 100;

    public StatsRequest {
        targets = List.copyOf(targets);
        filters = List.copyOf(filters);
        Objects.requireNonNull(period, "period");
    }

    record Target(StatsColumn column, String aggregator) {}

    /** @param value a String, a Number or an Instant by the column's kind, or a list of them for {@code in} and {@code nin}; null allowed for eq and neq */
    record Filter(StatsColumn column, String operator, Object value) {}

    public static StatsRequest read(JsonNode body, Clock clock) {
        JsonFields.object(body, "", Set.of("targets", "filters", "period", "periods", "group_by"));
        if (body.has("period") && body.has("periods")) {
            throw Check.invalid("periods", "give either period or periods");
        }
        var targets = new ArrayList<Target>();
        var targetItems = items(body, "targets");
        for (int i = 0; i < targetItems.size(); i++) {
            targets.add(target(targetItems.get(i), "targets." + i));
        }
        if (targets.isEmpty()) {
            targets.add(new Target(StatsColumn.EVENT_ID, "count"));
        }
        var filters = new ArrayList<Filter>();
        var filterItems = items(body, "filters");
        for (int i = 0; i < filterItems.size(); i++) {
            filters.add(filter(filterItems.get(i), "filters." + i, clock));
        }
        var periodField = body.has("periods") ? "periods" : "period";
        var period = period(items(body, periodField), periodField, clock);
        String groupBy = null;
        if (body.has("group_by") && !body.get("group_by").isNull()) {
            var value = body.get("group_by");
            if (!value.isString() || !TimeGroups.NAMES.contains(value.asString())) {
                throw Check.invalid("group_by", "must be one of " + TimeGroups.NAMES.stream().sorted().toList());
            }
            groupBy = value.asString();
        }
        return new StatsRequest(targets, filters, period, groupBy);
    }

    private static List<JsonNode> items(JsonNode body, String field) {
        var value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_ITEMS) {
            throw Check.invalid(field, "must be an array of at most " + MAX_ITEMS + " items");
        }
        var items = new ArrayList<JsonNode>();
        value.forEach(items::add);
        return items;
    }

    private static Target target(JsonNode node, String path) {
        JsonFields.object(node, path, Set.of("column", "aggregator"));
        var column = column(node, path);
        var aggregator = string(node, path, "aggregator");
        if (!AGGREGATORS.contains(aggregator)) {
            throw Check.invalid(path + ".aggregator", "must be one of " + AGGREGATORS.stream().sorted().toList());
        }
        boolean numeric = column.kind() == StatsColumn.Kind.NUMBER;
        if (aggregator.equals("avg") && !numeric || (aggregator.equals("min") || aggregator.equals("max")) && column.kind() == StatsColumn.Kind.TEXT) {
            throw Check.invalid(path + ".aggregator", "'" + aggregator + "' does not apply to column '" + column.wire() + "'");
        }
        return new Target(column, aggregator);
    }

    private static Filter filter(JsonNode node, String path, Clock clock) {
        JsonFields.object(node, path, Set.of("column", "operator", "value"));
        var column = column(node, path);
        var operator = string(node, path, "operator");
        if (!OPERATORS.contains(operator)) {
            throw Check.invalid(path + ".operator", "must be one of " + OPERATORS.stream().sorted().toList());
        }
        var valuePath = path + ".value";
        var raw = Check.required(node.get("value"), valuePath);
        boolean ordered = Set.of("gt", "gte", "lt", "lte").contains(operator);
        if (ordered && column.kind() == StatsColumn.Kind.TEXT || operator.equals("like") && column.kind() != StatsColumn.Kind.TEXT) {
            throw Check.invalid(path + ".operator", "'" + operator + "' does not apply to column '" + column.wire() + "'");
        }
        if (operator.equals("in") || operator.equals("nin")) {
            if (!raw.isArray() || raw.isEmpty()) {
                throw Check.invalid(valuePath, "must be a non-empty array");
            }
            var values = new ArrayList<Object>();
            for (int i = 0; i < raw.size(); i++) {
                values.add(value(raw.get(i), column, valuePath + "." + i, clock, true));
            }
            return new Filter(column, operator, values);
        }
        return new Filter(column, operator, value(raw, column, valuePath, clock, operator.equals("eq") || operator.equals("neq")));
    }

    private static Object value(JsonNode raw, StatsColumn column, String path, Clock clock, boolean nullAllowed) {
        if (raw.isNull()) {
            if (!nullAllowed) {
                throw Check.invalid(path, "must not be null");
            }
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> {
                if (!raw.isString()) {
                    throw Check.invalid(path, "must be a string");
                }
                yield raw.asString();
            }
            case NUMBER -> {
                yield NumberFields.decimal(raw, path, -Double.MAX_VALUE, Double.MAX_VALUE);
            }
            case TIME -> time(raw, path, clock);
        };
    }

    private static TimeRange period(List<JsonNode> items, String field, Clock clock) {
        Instant gte = null;
        Instant lt = null;
        for (int i = 0; i < items.size(); i++) {
            var path = field + "." + i;
            JsonFields.object(items.get(i), path, Set.of("operator", "value"));
            var operator = string(items.get(i), path, "operator");
            if (!PERIOD_OPERATORS.contains(operator)) {
                throw Check.invalid(path + ".operator", "must be one of " + PERIOD_OPERATORS.stream().sorted().toList());
            }
            var time = time(Check.required(items.get(i).get("value"), path + ".value"), path + ".value", clock);
            // stored times are whole milliseconds, so "after t" is "from t plus one millisecond"
            var millis = time.truncatedTo(ChronoUnit.MILLIS);
            switch (operator) {
                case "gte" -> gte = later(gte, time);
                case "gt" -> gte = later(gte, millis.plusMillis(1));
                case "lt" -> lt = earlier(lt, time);
                default -> lt = earlier(lt, millis.plusMillis(1));
            }
        }
        if (items.isEmpty()) {
            var now = clock.instant();
            return new TimeRange(now.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant(), now);
        }
        return new TimeRange(gte, lt);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant time(JsonNode raw, String path, Clock clock) {
        if (!raw.isString()) {
            throw Check.invalid(path, "must be an RFC 3339 time or a relative one such as now-30d");
        }
        return Times.parse(raw.asString(), clock)
                .orElseThrow(() -> Check.invalid(path, "must be an RFC 3339 time or a relative one such as now-30d"));
    }

    private static StatsColumn column(JsonNode node, String path) {
        var name = string(node, path, "column");
        return StatsColumn.named(name).orElseThrow(() -> Check.invalid(path + ".column", "unknown column '" + name + "'"));
    }

    private static String string(JsonNode node, String path, String field) {
        var value = Check.required(node.get(field), path + "." + field);
        if (!value.isString()) {
            throw Check.invalid(path + "." + field, "must be a string");
        }
        return value.asString();
    }
}
