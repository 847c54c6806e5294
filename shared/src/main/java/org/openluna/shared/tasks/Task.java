package org.openluna.shared.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;

/**
 * A task as the seed shows it (l.10060-10109): what it was asked to do ({@code content}), how far it
 * is ({@code count_task_parts_done} of {@code count_task_parts_all}), and where its result is.
 *
 * @param resultId the S3 object of its result once there is one; null before
 * @param endTime when it reached a final status; null before
 * @param scheduleId the schedule that started it; null for a task created by its route
 */
public record Task(long taskId, UUID accountId, TaskType type, TaskStatus status, Instant createTime, Instant lastUpdateTime,
                   Instant endTime, UUID resultId, int partsDone, int partsAll, JsonNode content, String description,
                   JsonNode notificationPolicy, JsonNode resultStoragePolicy, Long scheduleId) {
    public Task {
        Objects.requireNonNull(accountId, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("task_id", taskId);
        json.put("account_id", accountId.toString());
        json.put("create_time", Times.format(createTime));
        json.put("end_time", endTime == null ? null : Times.format(endTime));
        json.put("last_update_time", Times.format(lastUpdateTime));
        json.put("task_type", type.code());
        json.put("task_status", status.code());
        json.put("result_id", resultId == null ? null : resultId.toString());
        json.put("count_task_parts_done", partsDone);
        json.put("count_task_parts_all", partsAll);
        json.put("content", content);
        json.put("description", description);
        json.put("schedule_id", scheduleId);
        json.put("notification_policy", notificationPolicy);
        json.put("result_storage_policy", resultStoragePolicy);
        return json;
    }
}
