package org.openluna.localstack;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.shared.aws.AwsSettings;
import org.openluna.shared.queues.QueueNames;
import org.openluna.workers.CallbacksFunction;
import org.openluna.workers.EventWritesFunction;
import org.openluna.workers.SchedulesFunction;
import org.openluna.workers.SubtasksFunction;
import org.openluna.workers.TasksFunction;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS-triggered functions on one machine: the same handlers Lambda runs, each with its own
 * Micronaut context on the launcher's settings, fed by {@link EventSourceMapping}s over ElasticMQ
 * with the batch sizes and timeouts of the queues' specs (ADR 0018); and the schedules' function,
 * called by {@link ScheduleTicks} (ADR 0021).
 */
final class LocalWorkers implements AutoCloseable {
    /** Lambda would run more; two batches at once keep one slow receiver from holding every callback. */
    private static final int CONCURRENCY = 2;

    private final List<EventSourceMapping> mappings;
    private final ScheduleTicks ticks;
    private final List<AutoCloseable> handlers;
    private final SqsClient sqs;

    private LocalWorkers(List<EventSourceMapping> mappings, ScheduleTicks ticks, List<AutoCloseable> handlers, SqsClient sqs) {
        this.mappings = mappings;
        this.ticks = ticks;
        this.handlers = handlers;
        this.sqs = sqs;
    }

    /** No function takes from the queues, and no schedule runs: they wait for a launcher that runs them. */
    static LocalWorkers none() {
        return new LocalWorkers(List.of(), null, List.of(), null);
    }

    static LocalWorkers start(Map<String, Object> properties, AwsSettings aws, QueueNames queues) {
        var sqs = aws.sqsClient();
        var writes = new EventWritesFunction(ApplicationContext.builder().properties(properties));
        var callbacks = new CallbacksFunction(ApplicationContext.builder().properties(properties));
        var tasks = new TasksFunction(ApplicationContext.builder().properties(properties));
        var subtasks = new SubtasksFunction(ApplicationContext.builder().properties(properties));
        var mappings = new ArrayList<EventSourceMapping>();
        for (var spec : queues.specs()) {
            if (spec.name().equals(queues.eventWrites())) {
                mappings.add(EventSourceMapping.start(sqs, spec, writes, CONCURRENCY));
            } else if (spec.name().equals(queues.callbacks())) {
                mappings.add(EventSourceMapping.start(sqs, spec, callbacks, CONCURRENCY));
            } else if (spec.name().equals(queues.tasks())) {
                mappings.add(EventSourceMapping.start(sqs, spec, tasks, CONCURRENCY));
            } else if (spec.name().equals(queues.subtasks())) {
                mappings.add(EventSourceMapping.start(sqs, spec, subtasks, CONCURRENCY));
            }
        }
        var schedules = new SchedulesFunction(ApplicationContext.builder().properties(properties));
        return new LocalWorkers(mappings, ScheduleTicks.start(schedules), List.of(writes, callbacks, tasks, subtasks, schedules), sqs);
    }

    @Override
    public void close() throws Exception {
        if (ticks != null) {
            ticks.close();
        }
        for (var mapping : mappings) {
            mapping.close();
        }
        for (var handler : handlers) {
            handler.close();
        }
        if (sqs != null) {
            sqs.close();
        }
    }
}
