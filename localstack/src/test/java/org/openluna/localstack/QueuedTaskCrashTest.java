package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A task accepted but not yet done survives a SIGKILL of the launcher: a gc of 1,000 faces waits in
 * the tasks queue, on disk, and a launcher started again on the same data plans it into ten subtasks
 * and removes exactly those faces (ADR 0020).
 */
class QueuedTaskCrashTest {
    private static final int FACES = 1000;
    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void aQueuedGcOfAThousandFacesOutlivesAKill() throws Exception {
        var dataDir = Files.createTempDirectory("luna-task-crash-");
        Set<String> doomed = new HashSet<>();
        String login;
        String password;
        long taskId;
        String kept;
        try (var first = ChildStack.start(dataDir, false, START)) {
            var account = new Api(first.gatewayPort()).newAccount("user");
            login = account.login();
            password = account.password();
            var client = account.api();
            try (var pool = Executors.newFixedThreadPool(8)) {
                var created = new ArrayList<Future<String>>();
                for (int i = 0; i < FACES; i++) {
                    created.add(pool.submit(() -> client.postJson("/6/faces", Map.of("user_data", "doomed")).assertStatus(201).text("face_id")));
                }
                for (var face : created) {
                    doomed.add(face.get());
                }
            }
            kept = client.postJson("/6/faces", Map.of("user_data", "kept")).assertStatus(201).text("face_id");
            taskId = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "filters", Map.of("user_data", "doomed"))))
                    .assertStatus(201).json().get("task_id").asLong();
            assertThat(client.get("/6/tasks/" + taskId).json().get("task_status").asInt()).as("pending: no function runs").isZero();
            first.kill();
        }

        try (var second = ChildStack.start(dataDir, true, START)) {
            var client = new Api(second.gatewayPort()).basic(login, password);
            var task = Eventually.value("the task done", () -> client.get("/6/tasks/" + taskId).json(),
                    t -> t.get("task_status").asInt() == 5, Duration.ofMinutes(3));
            assertThat(task.get("count_task_parts_all").asInt()).isEqualTo(10);
            assertThat(task.get("count_task_parts_done").asInt()).isEqualTo(10);
            var removed = new HashSet<String>();
            client.get("/6/tasks/" + taskId + "/result").json().get("result").forEach(item -> removed.add(item.get("face_id").asString()));
            assertThat(removed).isEqualTo(doomed);
            assertThat(client.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(1);
            client.get("/6/faces/" + kept).assertStatus(200);
        }
    }
}
