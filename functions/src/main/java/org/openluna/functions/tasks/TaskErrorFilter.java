package org.openluna.functions.tasks;

import java.time.Clock;
import java.util.List;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.tasks.TaskError;

/** The filters of {@code GET /6/tasks/errors} and its count (seed l.10365-10375) that an error itself answers. */
record TaskErrorFilter(List<Long> taskIds, List<Long> errorIds, Integer errorCode, TimeRange errorTime) {

    static TaskErrorFilter from(QueryParams query, Clock clock) {
        return new TaskErrorFilter(longs(query, "task_ids"), longs(query, "error_ids"),
                query.string("error_code").map(raw -> (int) parse(raw, "error_code")).orElse(null),
                TimeRange.from(query, "error_time", clock));
    }

    boolean matches(TaskError error) {
        return (taskIds == null || taskIds.contains(error.taskId()))
                && (errorIds == null || errorIds.contains(error.errorId()))
                && (errorCode == null || errorCode == error.errorCode())
                && errorTime.contains(error.errorTime());
    }

    private static List<Long> longs(QueryParams query, String name) {
        return query.string(name).map(raw -> java.util.Arrays.stream(raw.split(",")).map(id -> parse(id.trim(), name)).toList()).orElse(null);
    }

    private static long parse(String raw, String name) {
        try {
            long value = Long.parseLong(raw);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw QueryParams.bad(name);
    }
}
