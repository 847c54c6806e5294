package org.openluna.functions.tasks;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.platform.TasksConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.tasks.TaskFilter;
import org.openluna.shared.tasks.TaskRequest;
import org.openluna.shared.tasks.TaskType;
import org.openluna.shared.tasks.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/tasks} (seed l.9086-10356): gc and linker tasks created and answered with their id, their
 * work done afterwards by the task functions (ADR 0020); tasks listed, counted, read, cancelled and
 * deleted; their results, subtasks, errors and notification policy. Within the caller's account only.
 */
@Configuration(proxyBeanMethods = false)
@Import(TasksConfiguration.class)
public class TaskFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createGcTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.GC, tasks, checks, clock);
    }

    /** A linker changes a list, so the token needs {@code list:modification} too (ADR 0004). */
    @Bean
    Function<ApiRequest, ApiResponse> createLinkerTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.LINKER, tasks, checks, clock);
    }

    private static ApiResponse create(ApiRequest req, TaskType type, Tasks tasks, TaskChecks checks, Clock clock) {
        TaskChecks.verbs(req.caller(), type);
        var request = TaskRequest.read(type, req.jsonTree(), req.caller().account(), clock);
        checks.content(req.caller(), request);
        return ApiResponse.created(Map.of("task_id", tasks.create(req.caller().account(), request)));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTasks(Tasks tasks, Clock clock) {
        return req -> {
            var filter = TaskFilter.from(req.query(), clock);
            var paging = Paging.from(req.query());
            var page = tasks.find(req.caller().account(), filter).skip(paging.offset()).limit(paging.pageSize())
                    .map(task -> task.toJson()).toList();
            return ApiResponse.ok(Map.of("tasks", page));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countTasks(Tasks tasks, Clock clock) {
        return req -> ApiResponse.ok(Map.of("count", tasks.find(req.caller().account(), TaskFilter.from(req.query(), clock)).count()));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTask(Tasks tasks) {
        return req -> ApiResponse.ok(tasks.get(req.caller().account(), taskId(req)).toJson());
    }

    @Bean
    Function<ApiRequest, ApiResponse> cancelTask(Tasks tasks) {
        return req -> {
            tasks.cancel(req.caller().account(), taskId(req));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteTask(Tasks tasks) {
        return req -> {
            tasks.delete(req.caller().account(), taskId(req));
            return ApiResponse.noContent();
        };
    }

    /** JSON, or an exporter's ZIP as it is stored; a large one through a link (ADR 0020). */
    @Bean
    Function<ApiRequest, ApiResponse> getTaskResult(TaskResults results) {
        return req -> results.answer(req.caller().account(), taskId(req));
    }

    /**
     * A report is of a finished clustering task of the caller's account (seed l.9181) and reads its
     * faces, so the token needs {@code face:view} too (ADR 0004).
     */
    @Bean
    Function<ApiRequest, ApiResponse> createReporterTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.REPORTER, tasks, checks, clock);
    }

    /** A clustering matches faces with each other, so the token needs {@code face:matching} too (ADR 0004). */
    @Bean
    Function<ApiRequest, ApiResponse> createClusteringTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.CLUSTERING, tasks, checks, clock);
    }

    /** A cross-match matches faces, so the token needs {@code face:matching} too (ADR 0004). */
    @Bean
    Function<ApiRequest, ApiResponse> createCrossMatchTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.CROSS_MATCH, tasks, checks, clock);
    }

    /** A roc matches its markup's faces with each other, so the token needs {@code face:matching} too (ADR 0004). */
    @Bean
    Function<ApiRequest, ApiResponse> createRocTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.ROC, tasks, checks, clock);
    }

    /**
     * An estimator posts a ZIP archive's images to a handler of the caller's (ADR 0022), so the token
     * needs {@code event:creation} and {@code emit_events} for that handler too.
     */
    @Bean
    Function<ApiRequest, ApiResponse> createEstimatorTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.ESTIMATOR, tasks, checks, clock);
    }

    /** Lambdas do not exist yet: the body is read as any task's, then the type answers 27002. */
    @Bean
    Function<ApiRequest, ApiResponse> createLambdaTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.LAMBDA, tasks, checks, clock);
    }

    /** An export reads faces, so the token needs {@code face:view} too (ADR 0004). */
    @Bean
    Function<ApiRequest, ApiResponse> createExporterTask(Tasks tasks, TaskChecks checks, Clock clock) {
        return req -> create(req, TaskType.EXPORTER, tasks, checks, clock);
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSubtasks(Tasks tasks) {
        return req -> ApiResponse.ok(Map.of("subtasks",
                tasks.subtasks(req.caller().account(), taskId(req)).stream().map(s -> s.toJson()).toList()));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTaskNotificationPolicy(Tasks tasks) {
        return req -> ApiResponse.ok(tasks.get(req.caller().account(), taskId(req)).notificationPolicy());
    }

    @Bean
    Function<ApiRequest, ApiResponse> replaceTaskNotificationPolicy(Tasks tasks) {
        return req -> {
            JsonNode policy = req.jsonTree();
            if (policy == null || !policy.isObject()) {
                throw org.openluna.shared.api.Check.invalid("", "must be an object");
            }
            tasks.replaceNotificationPolicy(req.caller().account(), taskId(req), policy);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTaskErrorsOfTask(Tasks tasks) {
        return req -> {
            long taskId = taskId(req);
            tasks.get(req.caller().account(), taskId);
            var paging = Paging.from(req.query());
            return ApiResponse.ok(Map.of("errors", tasks.errors(req.caller().account()).filter(e -> e.taskId() == taskId)
                    .skip(paging.offset()).limit(paging.pageSize()).map(e -> e.toJson()).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTaskErrors(Tasks tasks, Clock clock) {
        return req -> {
            var filter = TaskErrorFilter.from(req.query(), clock);
            var paging = Paging.from(req.query());
            return ApiResponse.ok(Map.of("errors", tasks.errors(req.caller().account()).filter(filter::matches)
                    .skip(paging.offset()).limit(paging.pageSize()).map(e -> e.toJson()).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countTaskErrors(Tasks tasks, Clock clock) {
        return req -> {
            var filter = TaskErrorFilter.from(req.query(), clock);
            return ApiResponse.ok(Map.of("count", tasks.errors(req.caller().account()).filter(filter::matches).count()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTaskError(Tasks tasks) {
        return req -> ApiResponse.ok(tasks.error(req.caller().account(), positive(req.path("error_id"))).toJson());
    }

    private static long taskId(ApiRequest req) {
        return positive(req.path("task_id"));
    }

    /** The seed's ids here are integers from 1; anything else names no task, as LUNA's routes take digits only. */
    static long positive(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new LunaException(ErrorCode.RESOURCE_NOT_FOUND);
    }
}
