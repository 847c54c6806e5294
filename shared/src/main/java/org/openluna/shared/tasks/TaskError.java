package org.openluna.shared.tasks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;

/**
 * An error a task met (seed l.10335-10356): the catalogue's code, its text under {@code description}
 * (not {@code desc}, as the seed writes it here), the detail, and where.
 *
 * @param subtaskId null when the task failed outside any subtask
 */
public record TaskError(long errorId, long taskId, Integer subtaskId, int errorCode, String description, String detail,
                        String additionalInfo, Instant errorTime) {

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("error_id", errorId);
        json.put("task_id", taskId);
        json.put("subtask_id", subtaskId);
        json.put("error_code", errorCode);
        json.put("description", description);
        json.put("detail", detail);
        json.put("additional_info", additionalInfo);
        json.put("error_time", Times.format(errorTime));
        return json;
    }
}
