package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.StoredBlob;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.TaskQueue;
import org.openluna.shared.tables.TasksTable;
import tools.jackson.databind.JsonNode;

/**
 * What the task routes do (ADR 0020): a task is stored pending and put on the tasks queue before the
 * answer, so a task the platform answered for is planned and done whatever stops meanwhile. Reads,
 * cancellation and deletion work on the caller's account only.
 */
public final class Tasks {
    public static final String TASK_COUNTER = "task";

    private final TasksTable table;
    private final TaskQueue queue;
    private final BlobStore results;
    private final CallbackQueue callbacks;
    private final CallbackTargets targets;
    private final Clock clock;

    public Tasks(TasksTable table, TaskQueue queue, BlobStore results, CallbackQueue callbacks, CallbackTargets targets, Clock clock) {
        this.table = table;
        this.queue = queue;
        this.results = results;
        this.callbacks = callbacks;
        this.targets = targets;
        this.clock = clock;
    }

    public long create(UUID account, TaskRequest request) {
        return create(account, request, null);
    }

    /** A task its schedule started; {@code scheduleId} null for one created by its route. */
    public long create(UUID account, TaskRequest request, Long scheduleId) {
        checkNotifications(request);
        var task = pending(account, request, scheduleId);
        table.create(task);
        queue.plan(account, task.taskId());
        return task.taskId();
    }

    /** Its callbacks' urls are checked as a handler's (ADR 0016). */
    public void checkNotifications(TaskRequest request) {
        TaskNotifications.read(request.notificationPolicy(), "notification_policy").check(targets, "notification_policy");
    }

    /** A new task, with its id, not stored yet. */
    public Task pending(UUID account, TaskRequest request, Long scheduleId) {
        long taskId = table.nextId(TASK_COUNTER);
        var now = clock.instant();
        return new Task(taskId, account, request.type(), TaskStatus.PENDING, now, now, null, null, 0, 0, request.content(),
                request.description(), request.notificationPolicy(), request.resultStoragePolicy(), scheduleId);
    }

    public Task get(UUID account, long taskId) {
        return table.task(account, taskId).orElseThrow(() -> new LunaException(ErrorCode.TASK_NOT_FOUND, taskId));
    }

    public Stream<Task> find(UUID account, TaskFilter filter) {
        return table.tasks(account).filter(filter::matches);
    }

    /** Cancels a task that has not ended; its pending subtasks are skipped when their turn comes. */
    public void cancel(UUID account, long taskId) {
        var task = get(account, taskId);
        if (!table.moveStatus(account, taskId, Set.of(TaskStatus.PENDING, TaskStatus.IN_PROGRESS, TaskStatus.COLLECTING_RESULTS),
                TaskStatus.CANCELLED, clock.instant())) {
            throw new LunaException(ErrorCode.TASK_FINISHED, taskId);
        }
        TaskNotifications.read(task.notificationPolicy(), "notification_policy").taskEnded(callbacks, task, TaskStatus.CANCELLED);
    }

    public void delete(UUID account, long taskId) {
        var task = get(account, taskId);
        if (task.resultId() != null) {
            results.delete(account, task.resultId());
        }
        table.delete(account, taskId);
    }

    /**
     * The result as the seed shows it (l.10141-10149): what the task did and the errors it met, as
     * JSON, or an exporter's ZIP.
     */
    public StoredBlob result(UUID account, long taskId) {
        return results.get(account, resultId(account, taskId)).orElseThrow(() -> new LunaException(ErrorCode.TASK_RESULT_NOT_FOUND, taskId));
    }

    /** The id the task's result is stored under in the results bucket; 404 while it has none. */
    public UUID resultId(UUID account, long taskId) {
        var task = get(account, taskId);
        if (task.resultId() == null) {
            throw new LunaException(ErrorCode.TASK_RESULT_NOT_FOUND, taskId);
        }
        return task.resultId();
    }

    public List<Subtask> subtasks(UUID account, long taskId) {
        get(account, taskId);
        return table.subtasks(account, taskId);
    }

    public void replaceNotificationPolicy(UUID account, long taskId, JsonNode policy) {
        TaskNotifications.read(policy, "").check(targets, "");
        get(account, taskId);
        table.replaceNotificationPolicy(account, taskId, Json.writeString(policy), clock.instant());
    }

    public Stream<TaskError> errors(UUID account) {
        return table.errors(account);
    }

    public TaskError error(UUID account, long errorId) {
        return table.error(account, errorId).orElseThrow(() -> new LunaException(ErrorCode.TASK_ERROR_NOT_FOUND, errorId));
    }
}
