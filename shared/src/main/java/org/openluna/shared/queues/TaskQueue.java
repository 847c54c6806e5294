package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.openluna.shared.api.Json;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The two queues of tasks (ADR 0020): {@code tasks} holds a task to plan, {@code subtasks} one part of
 * a planned task to do. A message names the account and the ids only; the task itself is in its table.
 * Each message carries the platform's {@link MessageSeal}.
 */
public final class TaskQueue {
    /** What a message asks: plan the task, or do one of its subtasks. */
    public record Work(UUID account, long taskId, Integer subtaskId) {
        String toBody() {
            var body = new LinkedHashMap<String, Object>();
            body.put("account_id", account.toString());
            body.put("task_id", taskId);
            body.put("subtask_id", subtaskId);
            return Json.writeString(body);
        }
    }

    private final SqsClient sqs;
    private final Supplier<String> tasks;
    private final Supplier<String> subtasks;
    private final MessageSeal seal;

    public TaskQueue(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        this.sqs = Objects.requireNonNull(sqs, "sqs client");
        this.tasks = new QueueUrl(sqs, queues.tasks());
        this.subtasks = new QueueUrl(sqs, queues.subtasks());
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    public void plan(UUID account, long taskId) {
        send(tasks, new Work(account, taskId, null));
    }

    public void run(UUID account, long taskId, int subtaskId) {
        send(subtasks, new Work(account, taskId, subtaskId));
    }

    private void send(Supplier<String> queue, Work work) {
        var body = work.toBody();
        sqs.sendMessage(b -> b.queueUrl(queue.get()).messageBody(body).messageAttributes(seal.attributes(body)));
    }

    /** The work a message holds, if the platform sealed it; empty for anything else. */
    public static Optional<Work> read(String body, String sealValue, MessageSeal seal) {
        if (sealValue == null || !seal.holds(body, sealValue)) {
            return Optional.empty();
        }
        var node = Json.tree(body.getBytes(StandardCharsets.UTF_8));
        var subtask = node.get("subtask_id");
        return Optional.of(new Work(UUID.fromString(node.get("account_id").asString()), node.get("task_id").asLong(),
                subtask == null || subtask.isNull() ? null : subtask.asInt()));
    }
}
