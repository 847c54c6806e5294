package org.openluna.functions.tasks;

import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.tasks.TaskRequest;
import org.openluna.shared.tasks.TaskType;
import org.openluna.shared.tasks.Tasks;

/**
 * What creating a task asks beyond {@code task:creation} and a valid body, the same for its own route
 * and for a schedule of it: the verbs of what the task does (ADR 0004), and the objects it names,
 * which must be the caller's.
 */
final class TaskChecks {
    private final Tasks tasks;
    private final Lists lists;

    TaskChecks(Tasks tasks, Lists lists) {
        this.tasks = tasks;
        this.lists = lists;
    }

    /** The verbs of what a task of this type does, asked before its body is read. */
    static void verbs(Caller caller, TaskType type) {
        switch (type) {
            case LINKER -> caller.require(PermissionObject.LIST, Verb.MODIFICATION);
            case REPORTER, EXPORTER -> caller.require(PermissionObject.FACE, Verb.VIEW);
            case CLUSTERING, CROSS_MATCH, ROC -> caller.require(PermissionObject.FACE, Verb.MATCHING);
            default -> { }
        }
    }

    /** The objects the task names: a linker's list, a report's clustering task. */
    void objects(Caller caller, TaskRequest request) {
        if (request.type() == TaskType.LINKER && request.content().get("create_list").asInt() == 0) {
            lists.get(caller.account(), UUID.fromString(request.content().get("list_id").asString()));
        }
        if (request.type() == TaskType.REPORTER) {
            var clustering = tasks.get(caller.account(), TaskRequest.reportedTask(request.content()));
            if (clustering.type() != TaskType.CLUSTERING || clustering.resultId() == null) {
                throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, "content.filters.task_id", "must be a finished clustering task");
            }
        }
    }
}
