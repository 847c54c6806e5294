package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/tasks/schedules} over HTTP (ADR 0021): schedules stored and managed within the caller's
 * account, and run by the launcher's ticks through the same function EventBridge Scheduler invokes
 * on AWS.
 */
@ExtendWith(RunningStack.class)
class SchedulesTest {
    private static final Map<String, Object> NIGHTLY = Map.of("cron", "30 5 * * *", "cron_timezone", "utc");

    private static Map<String, Object> gcOf(String userData) {
        return Map.of("task_type", 4, "content", Map.of("target", "faces", "filters", Map.of("user_data", userData)));
    }

    private static long create(Api client, Map<String, Object> body) {
        return client.postJson("/6/tasks/schedules", body).assertStatus(201).json().get("schedule_id").asLong();
    }

    private static Api.Reply patch(Api client, long scheduleId, String action) {
        return client.send("PATCH", "/6/tasks/schedules/" + scheduleId + "?action=" + action, null, HttpRequest.BodyPublishers.noBody());
    }

    private static JsonNode doneTask(Api client, long taskId) {
        return Eventually.value("task " + taskId + " done", () -> client.get("/6/tasks/" + taskId).assertStatus(200).json(),
                task -> task.get("task_status").asInt() == 5 || task.get("task_status").asInt() == 3);
    }

    @Test
    void aScheduleIsReadListedPausedStartedReplacedAndDeleted(Api api) {
        var client = api.newAccount("user").api();
        var before = Instant.now();
        long scheduleId = create(client, Map.of("task", Map.of("task_type", 1, "content",
                Map.of("create_list", 1, "objects_type", "faces", "filters", Map.of("user_data", "nobody"))), "trigger", NIGHTLY));

        var schedule = client.get("/6/tasks/schedules/" + scheduleId).assertStatus(200).json();
        assertThat(schedule.get("schedule_id").asLong()).isEqualTo(scheduleId);
        assertThat(schedule.get("task_ids")).isEmpty();
        assertThat(schedule.get("status").asString()).isEqualTo("running");
        assertThat(schedule.get("trigger").get("cron").asString()).isEqualTo("30 5 * * *");
        assertThat(schedule.get("task").get("task_type").asInt()).isEqualTo(1);
        assertThat(schedule.get("task").get("content").get("create_list").asInt()).isEqualTo(1);
        var next = Instant.parse(schedule.get("next_run_time").asString());
        assertThat(next).isAfter(before).isBefore(before.plus(Duration.ofDays(1)));
        assertThat(next.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(5);
        assertThat(next.atZone(java.time.ZoneOffset.UTC).getMinute()).isEqualTo(30);

        assertThat(client.get("/6/tasks/schedules?task_type=1").assertStatus(200).json()).hasSize(1);
        assertThat(client.get("/6/tasks/schedules?task_type=4").assertStatus(200).json()).isEmpty();

        patch(client, scheduleId, "pause").assertStatus(204);
        schedule = client.get("/6/tasks/schedules/" + scheduleId).json();
        assertThat(schedule.get("status").asString()).isEqualTo("stopped");
        assertThat(schedule.get("next_run_time").isNull()).isTrue();
        patch(client, scheduleId, "start").assertStatus(204);
        assertThat(client.get("/6/tasks/schedules/" + scheduleId).json().get("status").asString()).isEqualTo("running");
        patch(client, scheduleId, "stop").assertError(ErrorCode.BAD_QUERY_PARAMETER);

        client.putJson("/6/tasks/schedules/" + scheduleId, Map.of("task", gcOf("nobody"), "trigger",
                Map.of("cron", "0 12 * * 1", "cron_timezone", "Europe/Moscow"), "behaviour", Map.of("create_stopped", true)))
                .assertStatus(200);
        schedule = client.get("/6/tasks/schedules/" + scheduleId).json();
        assertThat(schedule.get("task").get("task_type").asInt()).isEqualTo(4);
        assertThat(schedule.get("trigger").get("cron_timezone").asString()).isEqualTo("Europe/Moscow");
        assertThat(schedule.get("status").asString()).isEqualTo("stopped");

        client.delete("/6/tasks/schedules/" + scheduleId).assertStatus(204);
        client.get("/6/tasks/schedules/" + scheduleId).assertError(ErrorCode.SCHEDULE_NOT_FOUND);
        client.delete("/6/tasks/schedules/" + scheduleId).assertError(ErrorCode.SCHEDULE_NOT_FOUND);
    }

    @Test
    void aWrongScheduleIsRefusedAndStoresNothing(Api api) {
        var client = api.newAccount("user").api();
        var task = gcOf("x");
        client.postJson("/6/tasks/schedules", Map.of("task", task, "trigger", Map.of("cron", "61 * * * *")))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", task, "trigger", Map.of("cron", "0 0 30 2 *")))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", task, "trigger", Map.of("cron", "* * * * *", "cron_timezone", "Mars/Olympus")))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", task)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 0, "content", Map.of()), "trigger", NIGHTLY))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 4, "content", Map.of("target", "faces", "bogus", 1)),
                "trigger", NIGHTLY)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 9, "content", Map.of()), "trigger", NIGHTLY))
                .assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/tasks/schedules", Map.of("task", task, "trigger", NIGHTLY, "behaviour", Map.of("start_immediately", "yes")))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(client.get("/6/tasks/schedules").json()).isEmpty();
        client.get("/6/tasks/schedules/1x").assertError(ErrorCode.RESOURCE_NOT_FOUND);
    }

    /** What the task's own route asks of a token, its schedule asks too; and another account's schedule is not there. */
    @Test
    void aScheduleAsksWhatItsTaskAsksWithinTheCallersAccount(Api api) {
        var owner = api.newAccount("user");
        var client = owner.api();
        var tasksOnly = owner.withToken(Map.of("task", List.of("creation", "view", "modification", "deletion")));
        var linker = Map.<String, Object>of("task", Map.of("task_type", 1, "content", Map.of("create_list", 1, "objects_type", "faces")),
                "trigger", NIGHTLY);
        tasksOnly.postJson("/6/tasks/schedules", linker).assertError(ErrorCode.PERMISSION_DENIED);
        tasksOnly.postJson("/6/tasks/schedules", Map.of("task", gcOf("x"), "trigger", NIGHTLY)).assertError(ErrorCode.PERMISSION_DENIED);
        long scheduleId = create(tasksOnly, Map.of("task", Map.of("task_type", 4, "content", Map.of("target", "events")), "trigger", NIGHTLY));
        var otherList = api.newAccount("user").api().postJson("/6/lists", Map.of()).assertStatus(201).text("list_id");
        client.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 1, "content",
                Map.of("create_list", 0, "list_id", otherList, "objects_type", "faces")), "trigger", NIGHTLY))
                .assertError(ErrorCode.LIST_NOT_FOUND);

        var stranger = api.newAccount("user").api();
        stranger.get("/6/tasks/schedules/" + scheduleId).assertError(ErrorCode.SCHEDULE_NOT_FOUND);
        stranger.putJson("/6/tasks/schedules/" + scheduleId, Map.of("task", gcOf("x"), "trigger", NIGHTLY))
                .assertError(ErrorCode.SCHEDULE_NOT_FOUND);
        patch(stranger, scheduleId, "pause").assertError(ErrorCode.SCHEDULE_NOT_FOUND);
        stranger.delete("/6/tasks/schedules/" + scheduleId).assertError(ErrorCode.SCHEDULE_NOT_FOUND);
        assertThat(stranger.get("/6/tasks/schedules").json()).isEmpty();
        assertThat(client.get("/6/tasks/schedules/" + scheduleId).json().get("status").asString()).isEqualTo("running");
    }

    /**
     * {@code start_immediately} starts one task at once; then the trigger, every minute here, starts
     * the next when its minute comes, through the launcher's ticks. Each task is the schedule's, and
     * each collects what its filters choose at its own time.
     */
    @Test
    void aScheduledGcRunsAtOnceAndThenOnItsTrigger(Api api) {
        var client = api.newAccount("user").api();
        var first = client.postJson("/6/faces", Map.of("user_data", "nightly-gc")).assertStatus(201).text("face_id");
        long scheduleId = create(client, Map.of("task", gcOf("nightly-gc"), "trigger", Map.of("cron", "* * * * *"),
                "behaviour", Map.of("start_immediately", true)));

        var started = client.get("/6/tasks/schedules/" + scheduleId).json().get("task_ids");
        assertThat(started).hasSize(1);
        long firstTask = started.get(0).asLong();
        var task = doneTask(client, firstTask);
        assertThat(task.get("task_status").asInt()).isEqualTo(5);
        assertThat(task.get("schedule_id").asLong()).isEqualTo(scheduleId);
        client.get("/6/faces/" + first).assertError(ErrorCode.FACE_NOT_FOUND);
        assertThat(client.get("/6/tasks?schedule_id=" + scheduleId).json().get("tasks")).hasSize(1);

        var second = client.postJson("/6/faces", Map.of("user_data", "nightly-gc")).assertStatus(201).text("face_id");
        var schedule = Eventually.value("the trigger's run", () -> client.get("/6/tasks/schedules/" + scheduleId).json(),
                s -> s.get("task_ids").size() == 2, Duration.ofSeconds(90));
        long triggered = schedule.get("task_ids").get(1).asLong();
        assertThat(doneTask(client, triggered).get("schedule_id").asLong()).isEqualTo(scheduleId);
        client.get("/6/faces/" + second).assertError(ErrorCode.FACE_NOT_FOUND);
        var result = client.get("/6/tasks/" + triggered + "/result").json().get("result");
        assertThat(result).hasSize(1);
        assertThat(result.get(0).get("face_id").asString()).isEqualTo(second);
        assertThat(Instant.parse(schedule.get("next_run_time").asString())).isAfter(Instant.now().minusSeconds(1));
        client.delete("/6/tasks/schedules/" + scheduleId).assertStatus(204);
    }
}
