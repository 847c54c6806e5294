package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/tasks} and its count (seed l.9889-9904): ids, type, status, creation
 * and end times, and the schedule that started them. An account's tasks are
 * few enough to be read whole and filtered here.
 */
public record TaskFilter(List<Long> taskIds, Integer type, Integer status, TimeRange createTime, TimeRange endTime, Long scheduleId) {
    private static final Set<Integer> TYPES = Set.copyOf(IntStream.rangeClosed(0, 10).boxed().toList());
    private static final Set<Integer> STATUSES = Set.copyOf(IntStream.rangeClosed(0, 5).boxed().toList());

    public static TaskFilter from(QueryParams query, Clock clock) {
        var ids = query.string("task_ids").map(raw -> {
            try {
                return java.util.Arrays.stream(raw.split(",")).map(String::trim).map(Long::parseLong).peek(id -> {
                    if (id < 1) {
                        throw new NumberFormatException();
                    }
                }).toList();
            } catch (NumberFormatException e) {
                throw QueryParams.bad("task_ids");
            }
        }).orElse(null);
        Long schedule = query.string("schedule_id").map(raw -> {
            try {
                long id = Long.parseLong(raw);
                if (id < 1) {
                    throw QueryParams.bad("schedule_id");
                }
                return id;
            } catch (NumberFormatException e) {
                throw QueryParams.bad("schedule_id");
            }
        }).orElse(null);
        return new TaskFilter(ids, query.oneOf("task_type", TYPES).orElse(null), query.oneOf("task_status", STATUSES).orElse(null),
                TimeRange.from(query, "create_time", clock), TimeRange.from(query, "end_time", clock), schedule);
    }

    boolean matches(Task task) {
        return (taskIds == null || taskIds.contains(task.taskId()))
                && (type == null || type == task.type().code())
                && (status == null || status == task.status().code())
                && createTime.contains(task.createTime())
                && ((endTime.gte() == null && endTime.lt() == null) || (task.endTime() != null && endTime.contains(task.endTime())))
                && (scheduleId == null || scheduleId.equals(task.scheduleId()));
    }
}
