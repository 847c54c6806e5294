package org.openluna.shared.tasks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.handlers.Callback;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.QueuedCallback;
import tools.jackson.databind.JsonNode;

/**
 * A task's {@code notification_policy} (seed l.10255-10270): when {@code enable} is 1, each enabled
 * http callback of {@code task_callbacks} is told when the task ends (done, failed or cancelled), and
 * each of {@code subtask_callbacks} when a subtask ends. They go through the callbacks queue and its
 * function, as a handler's do (ADR 0018). The seed shows no body for them: ours names the task, its
 * status and type, and for a subtask its id, status and the parts done (ADR 0020). Telegram callbacks
 * answer 27002.
 */
public record TaskNotifications(boolean enabled, List<Callback> taskCallbacks, List<Callback> subtaskCallbacks) {
    private static final Set<String> FIELDS = Set.of("enable", "task_callbacks", "subtask_callbacks");

    public static TaskNotifications read(JsonNode policy, String path) {
        JsonFields.object(policy, path, FIELDS);
        var enable = policy.get("enable");
        if (enable != null && (!enable.isInt() || enable.asInt() < 0 || enable.asInt() > 1)) {
            throw Check.invalid(path + ".enable", "must be 0 or 1");
        }
        return new TaskNotifications(enable != null && enable.asInt() == 1, callbacks(policy, "task_callbacks", path),
                callbacks(policy, "subtask_callbacks", path));
    }

    private static List<Callback> callbacks(JsonNode policy, String field, String path) {
        var list = policy.get(field);
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw Check.invalid(path + "." + field, "must be an array");
        }
        var callbacks = new ArrayList<Callback>();
        for (int i = 0; i < list.size(); i++) {
            var item = list.get(i);
            if (item.isObject() && item.has("type") && "telegram".equals(item.get("type").asString())) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "telegram callbacks");
            }
            callbacks.add(Callback.read(item, path + "." + field + "." + i));
        }
        return List.copyOf(callbacks);
    }

    /** Refuses a callback url the platform may not call, as a handler's are refused (ADR 0016). */
    public void check(CallbackTargets targets, String path) {
        var all = new ArrayList<Callback>(taskCallbacks);
        all.addAll(subtaskCallbacks);
        for (var callback : all) {
            targets.refusalWithoutLookup(URI.create(callback.url())).ifPresent(reason -> {
                throw Check.invalid(path, "callback url " + reason);
            });
        }
    }

    void taskEnded(CallbackQueue queue, Task task, TaskStatus status) {
        var body = new LinkedHashMap<String, Object>();
        body.put("task_id", task.taskId());
        body.put("account_id", task.accountId().toString());
        body.put("task_type", task.type().code());
        body.put("task_status", status.code());
        send(queue, taskCallbacks, body);
    }

    /** Whether any callback is to be told of subtasks: when none is, nothing about them need be read. */
    boolean tellsSubtasks() {
        return enabled && subtaskCallbacks.stream().anyMatch(callback -> callback.enable() == 1);
    }

    void subtaskEnded(CallbackQueue queue, long taskId, UUID account, int subtaskId, TaskStatus status, int partsDone, int partsAll) {
        var body = new LinkedHashMap<String, Object>();
        body.put("task_id", taskId);
        body.put("account_id", account.toString());
        body.put("subtask_id", subtaskId);
        body.put("subtask_status", status.code());
        body.put("count_task_parts_done", partsDone);
        body.put("count_task_parts_all", partsAll);
        send(queue, subtaskCallbacks, body);
    }

    private void send(CallbackQueue queue, List<Callback> callbacks, Map<String, Object> body) {
        if (!enabled) {
            return;
        }
        for (var callback : callbacks) {
            if (callback.enable() == 1) {
                queue.add(QueuedCallback.rendering(callback, body));
            }
        }
    }
}
