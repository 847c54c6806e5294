package org.openluna.shared.queues;

import java.util.List;
import java.util.Objects;

/** The platform's SQS queues, all under one prefix: long tasks, their subtasks, and the event fan-out. */
public record QueueNames(String prefix) {
    public QueueNames {
        Objects.requireNonNull(prefix, "queue prefix");
    }

    public String tasks() { return prefix + "tasks"; }

    public String subtasks() { return prefix + "subtasks"; }

    public String events() { return prefix + "events"; }

    public List<String> all() { return List.of(tasks(), subtasks(), events()); }
}
