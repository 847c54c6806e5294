package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.Set;
import java.util.stream.IntStream;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;

/** The filters of {@code GET /6/tasks/schedules} (seed l.10507-10516): the task's type and the creation time. */
public record ScheduleFilter(Integer taskType, TimeRange createTime) {
    private static final Set<Integer> SCHEDULABLE = Set.copyOf(IntStream.rangeClosed(1, 10).boxed().toList());

    public static ScheduleFilter from(QueryParams query, Clock clock) {
        return new ScheduleFilter(query.oneOf("task_type", SCHEDULABLE).orElse(null), TimeRange.from(query, "create_time", clock));
    }

    boolean matches(Schedule schedule) {
        return (taskType == null || taskType == schedule.taskType().code()) && createTime.contains(schedule.createTime());
    }
}
