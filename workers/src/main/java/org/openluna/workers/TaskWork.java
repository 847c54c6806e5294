package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.TaskQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The batch loop both task functions share: each sealed message's work done, the ones that failed named. */
final class TaskWork {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWork.class);

    private TaskWork() {}

    static SQSBatchResponse each(SQSEvent batch, MessageSeal seal, Consumer<TaskQueue.Work> work) {
        var failed = new ArrayList<String>();
        for (var message : batch.getRecords()) {
            var sealValue = message.getMessageAttributes() == null ? null : message.getMessageAttributes().get(MessageSeal.ATTRIBUTE);
            var read = TaskQueue.read(message.getBody(), sealValue == null ? null : sealValue.getStringValue(), seal);
            if (read.isEmpty()) {
                LOG.warn("dropping message {} of a task queue: it lacks the platform's seal", message.getMessageId());
                continue;
            }
            try {
                work.accept(read.get());
            } catch (RuntimeException e) {
                // it comes back after its visibility timeout, and after five tries waits in the dead-letter queue
                LOG.warn("task work of message {} failed: {}", message.getMessageId(), e.toString());
                failed.add(message.getMessageId());
            }
        }
        return BatchItems.failed(failed);
    }
}
