package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.queues.QueueSpec;

/**
 * A subtask that fails on every try (ADR 0020): an estimator over a bucket whose store lists its one
 * photo but answers 500 to every read of it. The part comes back on each failure until its last try,
 * which gives it up: the task ends, and shows an internal error for that part, rather than waiting
 * forever or losing the failure.
 */
class FailingSubtaskTest {
    private static final Duration START = Duration.ofMinutes(3);
    /** A failed part comes back after twice this. */
    private static final int WORKER_SECONDS = 2;

    @Test
    void aPartThatFailsOnEveryTryIsGivenUpAndTheTaskShowsItsError() throws Exception {
        var reads = new AtomicInteger();
        var store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.createContext("/photos", exchange -> {
            if (exchange.getRequestURI().getRawQuery() != null && exchange.getRequestURI().getRawQuery().contains("list-type=2")) {
                var listing = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<Name>photos</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
                        + "<Contents><Key>one.jpg</Key><Size>10</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, listing.length);
                exchange.getResponseBody().write(listing);
            } else {
                reads.incrementAndGet();
                var error = "<Error><Code>InternalError</Code><Message>down</Message></Error>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, error.length);
                exchange.getResponseBody().write(error);
            }
            exchange.close();
        });
        store.start();
        try (var stack = ChildStack.start(Files.createTempDirectory("luna-failing-part-"), true, WORKER_SECONDS, START)) {
            var client = new Api(stack.gatewayPort()).newAccount("user").withToken();
            var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            long taskId = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler),
                    "source", Map.of("source_type", "s3", "bucket_name", "photos", "endpoint", "http://127.0.0.1:" + store.getAddress().getPort(),
                            "authorization", Map.of("access_key", "key", "secret_key", "secret"))))).assertStatus(201).json().get("task_id").asLong();

            var task = Eventually.value("the task ended", () -> client.get("/6/tasks/" + taskId).json(),
                    t -> t.get("task_status").asInt() == 5 || t.get("task_status").asInt() == 3, Duration.ofMinutes(2));
            assertThat(task.get("count_task_parts_done").asInt()).isEqualTo(1);
            var errors = client.get("/6/tasks/" + taskId + "/errors").assertStatus(200).json().get("errors");
            assertThat(errors.size()).isEqualTo(1);
            assertThat(errors.get(0).get("error_code").asInt()).isEqualTo(ErrorCode.INTERNAL_ERROR.code());
            assertThat(errors.get(0).get("subtask_id").asInt()).isEqualTo(1);
            // given up only on its last try: each came back after the queue hid it for twice the worker's time limit
            var took = Duration.between(java.time.Instant.parse(task.get("create_time").asString()),
                    java.time.Instant.parse(task.get("end_time").asString()));
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds((QueueSpec.TASK_MAX_RECEIVES - 1) * 2L * WORKER_SECONDS));
            assertThat(reads.get()).isGreaterThanOrEqualTo(QueueSpec.TASK_MAX_RECEIVES);
            // nothing was posted
            assertThat(client.get("/6/events").json().get("events")).isEmpty();
        } finally {
            store.stop(0);
        }
    }
}
