package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueSpec;
import org.openluna.shared.tasks.TaskExecution;

/** The {@code tasks} queue's function (ADR 0020): each message is a task to plan into subtasks. */
public class TasksFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    @Inject
    TaskExecution execution;

    @Inject
    MessageSeal seal;

    /** As Lambda makes it: settings from the environment. */
    public TasksFunction() {
        BatchItems.requireInjected(execution, seal);
    }

    /** As the launcher makes it, with the platform's settings. */
    public TasksFunction(ApplicationContextBuilder context) {
        super(context);
        BatchItems.requireInjected(execution, seal);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent batch) {
        return TaskWork.each(batch, seal, QueueSpec.TASK_MAX_RECEIVES, work -> execution.plan(work.account(), work.taskId()),
                work -> execution.giveUp(work.account(), work.taskId(), null));
    }
}
