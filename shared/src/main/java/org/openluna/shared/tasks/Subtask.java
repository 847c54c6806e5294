package org.openluna.shared.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;
import tools.jackson.databind.JsonNode;

/**
 * One part of a task, sized so a function does it well within its time limit: what to do
 * ({@code content}) and, once done, what it did ({@code result}), which the task's result is merged from.
 */
public record Subtask(long taskId, int subtaskId, TaskStatus status, Instant createTime, Instant endTime, JsonNode content,
                      JsonNode result) {

    /** The seed's subtask (l.10160-10195); the subtask's own result is part of the task's, so none is named. */
    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("subtask_id", subtaskId);
        json.put("task_id", taskId);
        json.put("result_id", null);
        json.put("create_time", Times.format(createTime));
        json.put("end_time", endTime == null ? null : Times.format(endTime));
        json.put("subtask_status", status.code());
        json.put("content", content);
        return json;
    }
}
