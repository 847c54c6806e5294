package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Tasks survive a SIGKILL of the launcher (ADR 0020): a gc of 1,000 faces still waiting in the tasks
 * queue, or one whose workers are killed while its subtasks run, ends done after a restart on the same
 * data, with ten parts and exactly the doomed faces removed and reported.
 */
class QueuedTaskCrashTest {
    private static final int FACES = 1000;
    private static final Duration START = Duration.ofMinutes(3);
    /** A subtask taken by a killed worker comes back after twice this, rather than after ten minutes. */
    private static final int WORKER_SECONDS = 5;

    /** What the first launcher left: who may look, the task, and the faces it must remove and keep. */
    private record Left(String login, String password, long taskId, Set<String> doomed, String kept) {}

    @Test
    void aQueuedGcOfAThousandFacesOutlivesAKill() throws Exception {
        var dataDir = Files.createTempDirectory("luna-task-crash-");
        Left left;
        try (var first = ChildStack.start(dataDir, false, START)) {
            left = gcOfAThousandFaces(first);
            var client = new Api(first.gatewayPort()).basic(left.login(), left.password());
            assertThat(client.get("/6/tasks/" + left.taskId()).json().get("task_status").asInt()).as("pending: no function runs").isZero();
            first.kill();
        }
        assertDoneAfterRestart(dataDir, left);
    }

    /**
     * The kill comes once some parts are done and others not: the subtasks in the workers' hands come
     * back after their visibility timeout, and one that had removed part of its faces before the kill
     * still reports all of them.
     */
    @Test
    void aGcWhoseWorkersAreKilledMidwayEndsDoneWithExactlyItsFaces() throws Exception {
        var dataDir = Files.createTempDirectory("luna-subtask-crash-");
        Left left;
        try (var first = ChildStack.start(dataDir, true, WORKER_SECONDS, START)) {
            left = gcOfAThousandFaces(first);
            var client = new Api(first.gatewayPort()).basic(left.login(), left.password());
            var midway = Eventually.value("some parts done, not all", () -> client.get("/6/tasks/" + left.taskId()).json(),
                    task -> task.get("count_task_parts_done").asInt() >= 1, Duration.ofMinutes(2));
            first.kill();
            assertThat(midway.get("count_task_parts_done").asInt()).as("killed before the last part").isLessThan(10);
        }
        assertDoneAfterRestart(dataDir, left);
    }

    private static Left gcOfAThousandFaces(ChildStack stack) throws Exception {
        var account = new Api(stack.gatewayPort()).newAccount("user");
        var client = account.api();
        Set<String> doomed = new HashSet<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var created = new ArrayList<Future<String>>();
            for (int i = 0; i < FACES; i++) {
                created.add(pool.submit(() -> client.postJson("/6/faces", Map.of("user_data", "doomed")).assertStatus(201).text("face_id")));
            }
            for (var face : created) {
                doomed.add(face.get());
            }
        }
        var kept = client.postJson("/6/faces", Map.of("user_data", "kept")).assertStatus(201).text("face_id");
        long taskId = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "filters", Map.of("user_data", "doomed"))))
                .assertStatus(201).json().get("task_id").asLong();
        return new Left(account.login(), account.password(), taskId, doomed, kept);
    }

    private static void assertDoneAfterRestart(Path dataDir, Left left) throws Exception {
        try (var second = ChildStack.start(dataDir, true, WORKER_SECONDS, START)) {
            var client = new Api(second.gatewayPort()).basic(left.login(), left.password());
            var task = Eventually.value("the task done", () -> client.get("/6/tasks/" + left.taskId()).json(),
                    t -> t.get("task_status").asInt() == 5, Duration.ofMinutes(3));
            assertThat(task.get("count_task_parts_all").asInt()).isEqualTo(10);
            assertThat(task.get("count_task_parts_done").asInt()).isEqualTo(10);
            var removed = new HashSet<String>();
            // a thousand faces' result is larger than the test stacks answer in a body (FreePorts)
            org.openluna.shared.api.Json.tree(TaskResultBytes.of(client, left.taskId())).get("result")
                    .forEach(item -> removed.add(item.get("face_id").asString()));
            assertThat(removed).isEqualTo(left.doomed());
            assertThat(client.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(1);
            client.get("/6/faces/" + left.kept()).assertStatus(200);
        }
    }
}
