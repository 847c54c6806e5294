package org.openluna.shared.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.queues.TaskQueue;
import org.openluna.shared.tables.SchedulesTable;
import org.openluna.shared.tables.TasksTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Task schedules (ADR 0021): what their routes do, within the caller's account, and what the
 * minute's tick does with the ones due. A run stores its task and moves the schedule to its next run
 * in one transaction conditioned on the run it was due for, so a run found by two ticks starts one
 * task, and a tick that died after it left nothing half done. As the seed says (l.10449), a run
 * while the schedule's previous task has not ended starts nothing.
 */
public final class TaskSchedules {
    public static final String SCHEDULE_COUNTER = "schedule";
    private static final Logger LOG = LoggerFactory.getLogger(TaskSchedules.class);

    private final SchedulesTable schedules;
    private final TasksTable taskTable;
    private final Tasks tasks;
    private final TaskQueue queue;
    private final Clock clock;

    public TaskSchedules(SchedulesTable schedules, TasksTable taskTable, Tasks tasks, TaskQueue queue, Clock clock) {
        this.schedules = schedules;
        this.taskTable = taskTable;
        this.tasks = tasks;
        this.queue = queue;
        this.clock = clock;
    }

    public long create(UUID account, ScheduleRequest request) {
        tasks.checkNotifications(request.task());
        long scheduleId = taskTable.nextId(SCHEDULE_COUNTER);
        var now = clock.instant();
        schedules.create(schedule(scheduleId, account, List.of(), request, now, now));
        if (request.startImmediately()) {
            startNow(account, scheduleId, request);
        }
        return scheduleId;
    }

    public Schedule get(UUID account, long scheduleId) {
        return schedules.schedule(account, scheduleId).orElseThrow(() -> new LunaException(ErrorCode.SCHEDULE_NOT_FOUND, scheduleId));
    }

    public Stream<Schedule> find(UUID account, ScheduleFilter filter) {
        return schedules.schedules(account).filter(filter::matches);
    }

    /** New task and trigger; the task the old schedule left running is cancelled first (seed l.10696-10699). */
    public void replace(UUID account, long scheduleId, ScheduleRequest request) {
        var old = get(account, scheduleId);
        tasks.checkNotifications(request.task());
        cancelRunning(old);
        if (!schedules.replace(schedule(scheduleId, account, old.taskIds(), request, old.createTime(), clock.instant()))) {
            throw new LunaException(ErrorCode.SCHEDULE_NOT_FOUND, scheduleId);
        }
        if (request.startImmediately()) {
            startNow(account, scheduleId, request);
        }
    }

    /** Stops the trigger, or runs it again from now; a schedule already so is left as it is. */
    public void setRunning(UUID account, long scheduleId, boolean running) {
        var schedule = get(account, scheduleId);
        if ((schedule.status() == ScheduleStatus.RUNNING) == running) {
            return;
        }
        var now = clock.instant();
        var next = running ? schedule.trigger().nextAfter(now).orElseThrow() : null;
        schedules.replace(new Schedule(scheduleId, account, schedule.taskIds(), schedule.task(), schedule.trigger(),
                running ? ScheduleStatus.RUNNING : ScheduleStatus.STOPPED, next, schedule.createTime(), now));
    }

    /** The schedule goes; the tasks it started stay, as any task does until it is deleted. */
    public void delete(UUID account, long scheduleId) {
        if (!schedules.delete(account, scheduleId)) {
            throw new LunaException(ErrorCode.SCHEDULE_NOT_FOUND, scheduleId);
        }
    }

    /** The tick: every running schedule whose next run has come runs. One that fails is logged and tried at the next tick. */
    public int runDue() {
        int started = 0;
        for (var due : schedules.due(clock.instant()).toList()) {
            try {
                started += run(due) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("schedule {} of account {} did not run: {}", due.scheduleId(), due.account(), e.toString());
            }
        }
        return started;
    }

    /** One due run; true when it started a task. */
    private boolean run(SchedulesTable.DueRun due) {
        var found = schedules.schedule(due.account(), due.scheduleId());
        if (found.isEmpty() || found.get().status() != ScheduleStatus.RUNNING || !due.runTime().equals(found.get().nextRunTime())) {
            return false; // run meanwhile, stopped, replaced or deleted
        }
        var schedule = found.get();
        var now = clock.instant();
        var next = schedule.trigger().nextAfter(now).orElseThrow();
        var previous = schedule.lastTaskId() == null ? null : taskTable.task(due.account(), schedule.lastTaskId()).orElse(null);
        if (previous != null && !previous.status().isFinal()) {
            schedules.recordRun(due.account(), due.scheduleId(), due.runTime(), next, schedule.taskIds(), null, now);
            if (previous.status() == TaskStatus.PENDING) {
                // stored by a run whose tick died before it queued the task: queued again (planning twice plans once)
                queue.plan(due.account(), previous.taskId());
            }
            return false;
        }
        var task = tasks.pending(due.account(), schedule.taskRequest(), due.scheduleId());
        if (!schedules.recordRun(due.account(), due.scheduleId(), due.runTime(), next, withTask(schedule.taskIds(), task.taskId()),
                taskTable.createItem(task), now)) {
            return false;
        }
        queue.plan(due.account(), task.taskId());
        return true;
    }

    private void startNow(UUID account, long scheduleId, ScheduleRequest request) {
        long taskId = tasks.create(account, request.task(), scheduleId);
        schedules.addTask(account, scheduleId, taskId);
    }

    private void cancelRunning(Schedule schedule) {
        var last = schedule.lastTaskId();
        if (last == null) {
            return;
        }
        taskTable.task(schedule.accountId(), last).filter(task -> !task.status().isFinal()).ifPresent(task -> {
            try {
                tasks.cancel(schedule.accountId(), task.taskId());
            } catch (LunaException ended) {
                // it ended meanwhile
            }
        });
    }

    private static Schedule schedule(long scheduleId, UUID account, List<Long> taskIds, ScheduleRequest request, Instant created, Instant now) {
        var status = request.createStopped() ? ScheduleStatus.STOPPED : ScheduleStatus.RUNNING;
        var next = status == ScheduleStatus.RUNNING ? request.trigger().nextAfter(now).orElseThrow() : null;
        return new Schedule(scheduleId, account, taskIds, request.storedTask(), request.trigger(), status, next, created, now);
    }

    private static List<Long> withTask(List<Long> taskIds, long taskId) {
        var ids = new ArrayList<>(taskIds);
        ids.add(taskId);
        return ids.size() > Schedule.KEPT_TASK_IDS ? ids.subList(ids.size() - Schedule.KEPT_TASK_IDS, ids.size()) : ids;
    }
}
