package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueSpec;
import org.openluna.shared.tasks.TaskExecution;

/** The {@code subtasks} queue's function (ADR 0020): each message is one part of a task to do; the last part merges the task's result. */
public class SubtasksFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    @Inject
    TaskExecution execution;

    @Inject
    MessageSeal seal;

    /** As Lambda makes it: settings from the environment. */
    public SubtasksFunction() {
        BatchItems.requireInjected(execution, seal);
    }

    /** As the launcher makes it, with the platform's settings. */
    public SubtasksFunction(ApplicationContextBuilder context) {
        super(context);
        BatchItems.requireInjected(execution, seal);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent batch) {
        return TaskWork.each(batch, seal, QueueSpec.TASK_MAX_RECEIVES, work -> execution.run(work.account(), work.taskId(), work.subtaskId()),
                work -> execution.giveUp(work.account(), work.taskId(), work.subtaskId()));
    }
}
