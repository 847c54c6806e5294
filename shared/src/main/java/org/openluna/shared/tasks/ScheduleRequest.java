package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schedule's creation or replacement body (seed l.10454-10504): the task, checked as its own
 * creation route checks it, the trigger, and {@code behaviour}.
 *
 * @param startImmediately start one task now, whatever the trigger says
 * @param createStopped store the schedule stopped: its trigger starts nothing until {@code action=start}
 */
public record ScheduleRequest(TaskRequest task, ScheduleTrigger trigger, boolean startImmediately, boolean createStopped) {
    private static final Set<String> FIELDS = Set.of("task", "trigger", "behaviour");
    private static final Set<String> BEHAVIOUR_FIELDS = Set.of("start_immediately", "create_stopped");

    public static ScheduleRequest read(JsonNode body, UUID account, Clock clock) {
        JsonFields.object(Check.required(body, ""), "", FIELDS);
        var task = Check.required(body.get("task"), "task");
        if (!task.isObject()) {
            throw Check.invalid("task", "must be an object");
        }
        var request = TaskRequest.read(type(task.get("task_type")), withoutType((ObjectNode) task), account, clock);
        var trigger = ScheduleTrigger.read(body.get("trigger"), "trigger", clock.instant());
        var behaviour = body.get("behaviour");
        if (behaviour == null) {
            return new ScheduleRequest(request, trigger, false, false);
        }
        JsonFields.object(behaviour, "behaviour", BEHAVIOUR_FIELDS);
        return new ScheduleRequest(request, trigger, flag(behaviour, "start_immediately"), flag(behaviour, "create_stopped"));
    }

    /** The task as a schedule keeps it: its type and the body its creation route would take. */
    public ObjectNode storedTask() {
        var stored = Json.object();
        stored.put("task_type", task.type().code());
        stored.set("content", task.content());
        if (task.description() != null) {
            stored.put("description", task.description());
        }
        stored.set("notification_policy", task.notificationPolicy());
        stored.set("result_storage_policy", task.resultStoragePolicy());
        return stored;
    }

    /** A schedulable type, 1-10 (l.10510): the types served here, the others 27002. */
    private static TaskType type(JsonNode code) {
        if (code == null) {
            throw Check.invalid("task.task_type", "field required");
        }
        var type = code.isInt() ? TaskType.ofCode(code.asInt()) : java.util.Optional.<TaskType>empty();
        if (type.isEmpty() || type.get() == TaskType.ADDITIONAL_EXTRACTION) {
            throw Check.invalid("task.task_type", "must be one of 1-10");
        }
        if (!type.get().served()) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "scheduled " + type.get().path() + " tasks");
        }
        return type.get();
    }

    private static JsonNode withoutType(ObjectNode task) {
        var body = task.deepCopy();
        body.remove("task_type");
        return body;
    }

    private static boolean flag(JsonNode behaviour, String name) {
        var value = behaviour.get(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw Check.invalid("behaviour." + name, "must be a boolean");
        }
        return value.asBoolean();
    }
}
