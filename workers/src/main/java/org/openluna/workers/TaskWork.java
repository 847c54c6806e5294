package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.TaskQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch loop both task functions share: each sealed message's work done, the ones that failed
 * named. A message that fails on its last try (its receive count at the queue's most) is given up:
 * {@code lastTry} records the failure on the task, so the task shows it and can end, and the message
 * goes on to the dead-letter queue all the same, for someone to look at.
 */
final class TaskWork {
    private static final Logger LOG = LoggerFactory.getLogger(TaskWork.class);

    private TaskWork() {}

    static SQSBatchResponse each(SQSEvent batch, MessageSeal seal, int maxReceives, Consumer<TaskQueue.Work> work,
                                 Consumer<TaskQueue.Work> lastTry) {
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
                // it comes back after its visibility timeout, and after its last try waits in the dead-letter queue
                LOG.warn("task work of message {} failed: {}", message.getMessageId(), e.toString());
                if (receives(message) >= maxReceives) {
                    lastTry.accept(read.get());
                }
                failed.add(message.getMessageId());
            }
        }
        return BatchItems.failed(failed);
    }

    private static int receives(SQSEvent.SQSMessage message) {
        var count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count);
    }
}
