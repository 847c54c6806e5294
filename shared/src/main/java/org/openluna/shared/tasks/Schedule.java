package org.openluna.shared.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Times;
import tools.jackson.databind.node.ObjectNode;

/**
 * A task schedule as the seed shows it (l.10613-10695): the task it starts, stored as its creation
 * body was checked ({@code task_type}, {@code content}, {@code description}, {@code notification_policy},
 * {@code result_storage_policy}), its trigger, and the tasks it started.
 *
 * @param taskIds the tasks it started, oldest first, the newest {@link #KEPT_TASK_IDS} of them
 * @param nextRunTime its trigger's next run while it is running; null while stopped
 */
public record Schedule(long scheduleId, UUID accountId, List<Long> taskIds, ObjectNode task, ScheduleTrigger trigger,
                       ScheduleStatus status, Instant nextRunTime, Instant createTime, Instant lastUpdateTime) {
    /** A schedule that runs every minute keeps a week of ids: DynamoDB's items hold 400 KB at most. */
    public static final int KEPT_TASK_IDS = 10_000;

    public Schedule {
        Objects.requireNonNull(accountId, "account");
        taskIds = List.copyOf(taskIds);
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
    }

    public TaskType taskType() {
        return TaskType.ofCode(task.get("task_type").asInt()).orElseThrow();
    }

    /** The creation request of the task each run starts. */
    public TaskRequest taskRequest() {
        var description = task.get("description");
        return new TaskRequest(taskType(), (ObjectNode) task.get("content"), description == null || description.isNull() ? null : description.asString(),
                task.get("notification_policy"), task.get("result_storage_policy"));
    }

    /** The task the last run started, if any. */
    public Long lastTaskId() {
        return taskIds.isEmpty() ? null : taskIds.getLast();
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("schedule_id", scheduleId);
        json.put("task_ids", taskIds);
        json.put("account_id", accountId.toString());
        json.put("task", task);
        json.put("trigger", Map.of("cron", trigger.cron(), "cron_timezone", trigger.timezone()));
        json.put("status", status.value());
        json.put("next_run_time", nextRunTime == null ? null : Times.format(nextRunTime));
        json.put("create_time", Times.format(createTime));
        json.put("last_update_time", Times.format(lastUpdateTime));
        return json;
    }
}
