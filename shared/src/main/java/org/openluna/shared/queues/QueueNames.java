package org.openluna.shared.queues;

import java.util.List;
import java.util.Objects;

/** The platform's SQS queues, all under one prefix: long tasks, their subtasks, the event fan-out, and the events waiting to be written. */
public record QueueNames(String prefix) {
    public QueueNames {
        Objects.requireNonNull(prefix, "queue prefix");
    }

    public String tasks() { return prefix + "tasks"; }

    public String subtasks() { return prefix + "subtasks"; }

    public String events() { return prefix + "events"; }

    /** Events accepted with {@code wait_saving=0}, written to the events table after the answer (ADR 0013). */
    public String eventWrites() { return prefix + "event-writes"; }

    public List<String> all() { return List.of(tasks(), subtasks(), events(), eventWrites()); }
}
