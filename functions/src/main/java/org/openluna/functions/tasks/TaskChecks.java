package org.openluna.functions.tasks;

import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.tasks.EstimatorContent;
import org.openluna.shared.tasks.TaskRequest;
import org.openluna.shared.tasks.TaskType;
import org.openluna.shared.tasks.Tasks;

/**
 * What creating a task asks beyond {@code task:creation} and a valid body, the same for its own route
 * and for a schedule of it: the verbs of what the task does (ADR 0004), and the objects it names,
 * which must be the caller's.
 */
public final class TaskChecks {
    private final Tasks tasks;
    private final Lists lists;
    private final Handlers handlers;
    private final CallbackTargets targets;

    /**
     * @param handlers an estimator's handler must be the caller's, and its own policies ones a handler could have
     * @param targets what an estimator's archive url may be: as a callback's, never the platform's own services
     */
    public TaskChecks(Tasks tasks, Lists lists, Handlers handlers, CallbackTargets targets) {
        this.tasks = tasks;
        this.lists = lists;
        this.handlers = handlers;
        this.targets = targets;
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

    /**
     * What the task's content asks beyond its type: the verbs of the objects it reads or removes
     * (a gc's faces, samples and images; the events a linker or an exporter reads; events have no
     * deletion verb, so a gc of events asks for none), and the objects it names (a linker's list, a
     * report's clustering task).
     */
    void content(Caller caller, TaskRequest request) {
        var content = request.content();
        if (request.type() == TaskType.GC) {
            boolean events = TaskRequest.collectsEvents(content);
            if (!events) {
                caller.require(PermissionObject.FACE, Verb.DELETION);
            }
            if (TaskRequest.flag(content, "remove_samples")) {
                caller.require(PermissionObject.FACE_SAMPLE, Verb.DELETION);
                if (events) {
                    caller.require(PermissionObject.BODY_SAMPLE, Verb.DELETION);
                }
            }
            if (TaskRequest.flag(content, "remove_image_origins")) {
                caller.require(PermissionObject.IMAGE, Verb.DELETION);
            }
        }
        if (request.type() == TaskType.ESTIMATOR) {
            estimator(caller, EstimatorContent.read(content));
        }
        if ((request.type() == TaskType.LINKER && TaskRequest.linksEvents(content))
                || (request.type() == TaskType.EXPORTER && TaskRequest.exportsEvents(content))) {
            caller.require(PermissionObject.EVENT, Verb.VIEW);
        }
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

    /**
     * An estimator posts to its handler as its creator would (ADR 0022): the creator must be able to,
     * the handler must be theirs, and the source's url (an archive's, a bucket's store) one a callback
     * could have: never the platform's own services or storage.
     */
    private void estimator(Caller caller, EstimatorContent content) {
        caller.require(PermissionObject.EVENT, Verb.CREATION);
        if (content.policies() != null) {
            // run by a handler made for the task: policies a handler of the caller's could have
            caller.requireEmitEventsThroughNewHandlers();
            handlers.validate(caller.account(), content.policies());
        } else {
            caller.requireEmitEvents(content.handlerId());
            handlers.get(caller.account(), content.handlerId());
        }
        var endpoint = content.source().endpoint();
        if (endpoint != null) {
            var field = content.source() instanceof EstimatorContent.Zip ? "content.source.reference" : "content.source.endpoint";
            targets.refusal(endpoint).ifPresent(refusal -> {
                throw org.openluna.shared.api.Check.invalid(field, refusal);
            });
        }
    }
}
