package org.openluna.functions.tasks;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.platform.TasksConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.tasks.ScheduleFilter;
import org.openluna.shared.tasks.ScheduleRequest;
import org.openluna.shared.tasks.TaskSchedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code /6/tasks/schedules} (seed l.10447-10803): schedules created, listed, read, replaced, paused
 * and started, and deleted, within the caller's account. Their runs are the tick's (ADR 0021). A
 * schedule asks of its token what its task's own route asks.
 */
@Configuration(proxyBeanMethods = false)
@Import(TasksConfiguration.class)
public class ScheduleFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createSchedule(TaskSchedules schedules, TaskChecks checks, Clock clock) {
        return req -> {
            var request = checked(req, checks, clock);
            return ApiResponse.created(Map.of("schedule_id", schedules.create(req.caller().account(), request)));
        };
    }

    /** A bare array, as the seed's example shows it (l.10517). */
    @Bean
    Function<ApiRequest, ApiResponse> getSchedules(TaskSchedules schedules, Clock clock) {
        return req -> {
            var filter = ScheduleFilter.from(req.query(), clock);
            var paging = Paging.from(req.query());
            return ApiResponse.ok(schedules.find(req.caller().account(), filter).skip(paging.offset()).limit(paging.pageSize())
                    .map(schedule -> schedule.toJson()).toList());
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSchedule(TaskSchedules schedules) {
        return req -> ApiResponse.ok(schedules.get(req.caller().account(), scheduleId(req)).toJson());
    }

    @Bean
    Function<ApiRequest, ApiResponse> replaceSchedule(TaskSchedules schedules, TaskChecks checks, Clock clock) {
        return req -> {
            long scheduleId = scheduleId(req);
            schedules.get(req.caller().account(), scheduleId);
            schedules.replace(req.caller().account(), scheduleId, checked(req, checks, clock));
            return ApiResponse.ok(Map.of("schedule_id", scheduleId));
        };
    }

    /** {@code action=pause} stops the trigger, {@code action=start} runs it again (l.10787). */
    @Bean
    Function<ApiRequest, ApiResponse> patchSchedule(TaskSchedules schedules) {
        return req -> {
            long scheduleId = scheduleId(req);
            var action = req.query().string("action").orElseThrow(() -> QueryParams.bad("action"));
            if (!action.equals("pause") && !action.equals("start")) {
                throw QueryParams.bad("action");
            }
            schedules.setRunning(req.caller().account(), scheduleId, action.equals("start"));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteSchedule(TaskSchedules schedules) {
        return req -> {
            schedules.delete(req.caller().account(), scheduleId(req));
            return ApiResponse.noContent();
        };
    }

    /** The body, and what its task's own route would ask of the caller. */
    private static ScheduleRequest checked(ApiRequest req, TaskChecks checks, Clock clock) {
        var request = ScheduleRequest.read(req.jsonTree(), req.caller().account(), clock);
        TaskChecks.verbs(req.caller(), request.task().type());
        checks.content(req.caller(), request.task());
        return request;
    }

    private static long scheduleId(ApiRequest req) {
        return TaskFunctions.positive(req.path("schedule_id"));
    }
}
