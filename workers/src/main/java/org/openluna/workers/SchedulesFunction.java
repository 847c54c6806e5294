package org.openluna.workers;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.Map;
import org.openluna.shared.tasks.TaskSchedules;

/**
 * The schedules' tick (ADR 0021): EventBridge Scheduler invokes it every minute on AWS, the launcher
 * every few seconds on one machine. Each running schedule whose next run has come starts its task.
 * The input is not read: the time is the tick's own.
 */
public class SchedulesFunction extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject
    TaskSchedules schedules;

    /** As Lambda makes it: settings from the environment. */
    public SchedulesFunction() {
        BatchItems.requireInjected(schedules);
    }

    /** As the launcher makes it, with the platform's settings. */
    public SchedulesFunction(ApplicationContextBuilder context) {
        super(context);
        BatchItems.requireInjected(schedules);
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        return Map.of("tasks_started", schedules.runDue());
    }
}
