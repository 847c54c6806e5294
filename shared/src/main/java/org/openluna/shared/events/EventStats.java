package org.openluna.shared.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openluna.shared.api.Times;

/**
 * Statistics of events (seed l.8572-8646): the events grouped by creation time and by the
 * {@code group_by} columns, each group aggregated by the other targets. As the seed's example has them,
 * {@code fields} name the time group first, then the grouping columns last named first, then the
 * aggregates in the order given; rows follow in time order, then by the grouping values (null first).
 * Without any grouping the answer is one row, even over no event.
 */
public final class EventStats {
    private EventStats() {}

    public record Result(List<String> fields, List<List<Object>> stats) {}

    public static Result of(Stream<StoredEvent> events, StatsRequest request) {
        var groupColumns = new ArrayList<StatsColumn>();
        var aggregates = new ArrayList<StatsRequest.Target>();
        for (var target : request.targets()) {
            if (target.aggregator().equals("group_by")) {
                groupColumns.addFirst(target.column());
            } else {
                aggregates.add(target);
            }
        }
        var fields = new ArrayList<String>();
        if (request.groupBy() != null) {
            fields.add("Group by time: " + request.groupBy());
        }
        groupColumns.forEach(c -> fields.add(c.wire() + ", aggregator 'group_by'"));
        aggregates.forEach(t -> fields.add(t.column().wire() + ", aggregator '" + t.aggregator() + "'"));

        var groups = new TreeMap<List<Object>, Accumulator[]>(EventStats::compareKeys);
        events.forEach(event -> {
            var key = new ArrayList<Object>();
            if (request.groupBy() != null) {
                key.add(TimeGroups.of(request.groupBy(), event.createTime()));
            }
            groupColumns.forEach(c -> key.add(c.of(event)));
            var accumulators = groups.computeIfAbsent(key, k -> newAccumulators(aggregates.size()));
            for (int i = 0; i < aggregates.size(); i++) {
                accumulators[i].add(aggregates.get(i).column().of(event));
            }
        });
        if (groups.isEmpty() && request.groupBy() == null && groupColumns.isEmpty()) {
            groups.put(List.of(), newAccumulators(aggregates.size()));
        }
        var rows = new ArrayList<List<Object>>();
        for (Map.Entry<List<Object>, Accumulator[]> group : groups.entrySet()) {
            var row = new ArrayList<Object>();
            for (var value : group.getKey()) {
                row.add(value instanceof TimeGroups.Group g ? g.label() : shown(value));
            }
            for (int i = 0; i < aggregates.size(); i++) {
                row.add(group.getValue()[i].result(aggregates.get(i).aggregator()));
            }
            rows.add(row);
        }
        return new Result(fields, rows);
    }

    private static Accumulator[] newAccumulators(int n) {
        var accumulators = new Accumulator[n];
        for (int i = 0; i < n; i++) {
            accumulators[i] = new Accumulator();
        }
        return accumulators;
    }

    /** Count, min, max and mean of one target in one group; values of no kind (null) are not counted. */
    private static final class Accumulator {
        private long count;
        private double sum;
        private Object min;
        private Object max;

        void add(Object value) {
            if (value == null) {
                return;
            }
            count++;
            if (value instanceof Number n) {
                sum += n.doubleValue();
            }
            if (min == null || compareValues(value, min) < 0) {
                min = value;
            }
            if (max == null || compareValues(value, max) > 0) {
                max = value;
            }
        }

        Object result(String aggregator) {
            return switch (aggregator) {
                case "count" -> count;
                case "min" -> shown(min);
                case "max" -> shown(max);
                default -> count == 0 ? null : sum / count;
            };
        }
    }

    private static Object shown(Object value) {
        return value instanceof Instant t ? Times.format(t) : value;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof TimeGroups.Group x && b instanceof TimeGroups.Group y) {
            return Long.compare(x.order(), y.order());
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

}
