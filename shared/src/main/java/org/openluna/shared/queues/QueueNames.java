package org.openluna.shared.queues;

import java.util.List;
import java.util.Objects;

/**
 * The platform's SQS queues, all under one prefix: long tasks, their subtasks, the event fan-out, the
 * events waiting to be written and the http callbacks waiting to be sent.
 */
public record QueueNames(String prefix, int taskWorkerSeconds) {
    public QueueNames {
        Objects.requireNonNull(prefix, "queue prefix");
        if (taskWorkerSeconds < 1 || taskWorkerSeconds > MAX_WORKER_SECONDS) {
            throw new IllegalArgumentException("a task worker's seconds must be from 1 to " + MAX_WORKER_SECONDS);
        }
    }

    /** With the task functions' usual time limit, {@link #TASK_WORKER_SECONDS}. */
    public QueueNames(String prefix) {
        this(prefix, TASK_WORKER_SECONDS);
    }

    public String tasks() { return prefix + "tasks"; }

    public String subtasks() { return prefix + "subtasks"; }

    public String events() { return prefix + "events"; }

    /** Events accepted with {@code wait_saving=0}, written to the events table after the answer (ADR 0013). */
    public String eventWrites() { return prefix + "event-writes"; }

    /** Handlers' http callbacks, one message each, sent by their own function (ADR 0018). */
    public String callbacks() { return prefix + "callbacks"; }

    /** Every queue with its attributes, dead-letter queues not included: what Terraform and the launcher both make. */
    public List<QueueSpec> specs() {
        return List.of(
                // a task's plan, and its parts: each taken by a function of its own (ADR 0020); a part is sized to be
                // worth an invocation, so parts run side by side rather than five after each other in one
                new QueueSpec(tasks(), taskWorkerSeconds * 2, taskWorkerSeconds, 1, QueueSpec.TASK_MAX_RECEIVES, DAY),
                new QueueSpec(subtasks(), taskWorkerSeconds * 2, taskWorkerSeconds, 1, QueueSpec.TASK_MAX_RECEIVES, DAY),
                // read by the Sender, which deletes what it has relayed; an event nobody relays in an hour is news no longer
                new QueueSpec(events(), 30, 0, 0, 0, HOUR),
                new QueueSpec(eventWrites(), 60, 30, 10, 5, DAY),
                new QueueSpec(callbacks(), CALLBACK_WORKER_SECONDS * 2, CALLBACK_WORKER_SECONDS, 10, CALLBACK_ATTEMPTS, DAY));
    }

    /** Every queue's name, dead-letter queues included. */
    public List<String> all() {
        var names = new java.util.ArrayList<String>();
        for (var spec : specs()) {
            names.add(spec.name());
            spec.deadLetterQueue().ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    /** The task functions' usual time limit: a plan or a subtask is sized to end well within it. */
    public static final int TASK_WORKER_SECONDS = 300;
    /** Lambda's longest. */
    private static final int MAX_WORKER_SECONDS = 900;
    /** How many times a callback is tried before it goes to the dead-letter queue. */
    public static final int CALLBACK_ATTEMPTS = 3;
    /** The callbacks function's time limit: one try of every callback of a batch at once, each within its own timeout. */
    public static final int CALLBACK_WORKER_SECONDS = 120;
    private static final int HOUR = 3600;
    private static final int DAY = 24 * HOUR;
}
