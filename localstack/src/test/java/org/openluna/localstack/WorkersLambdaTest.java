package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.localstack.lambda.LambdaFunction;
import org.openluna.localstack.lambda.TaskRoot;
import org.openluna.shared.api.Json;
import org.openluna.shared.queues.MessageSeal;

/**
 * The callbacks worker started from the workers' zip as Lambda starts it (the runtime interface
 * client, the task folder, Lambda's variables), handed SQS events as an event source mapping builds
 * them: a sealed callback is sent, one whose receiver fails is reported as a batch item failure, and
 * one without the platform's seal is dropped unsent.
 */
@ExtendWith(RunningStack.class)
class WorkersLambdaTest {

    @Test
    void theCallbacksWorkerSendsSealedCallbacksAndReportsTheOnesThatFailed(RunningStack.Started started) throws Exception {
        var received = new LinkedBlockingQueue<String>();
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Trace") + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/down", exchange -> {
            received.add("down");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.start();
        var secret = Files.readString(started.dataDir().resolve("token-secret")).trim();
        var env = new LinkedHashMap<String, String>();
        StackFunctions.properties(started, "all").forEach((name, value) -> env.put(StackFunctions.environmentName(name), value));
        env.put("LUNA_CALLBACKS_PRIVATE_NETWORKS", "true");
        try (var worker = LambdaFunction.start("luna-callbacks-worker", TaskRoot.workers(), "org.openluna.workers.CallbacksFunction",
                512, env)) {
            worker.awaitInit(StackFunctions.INIT_TIMEOUT);
            var base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            var seal = new MessageSeal(secret.getBytes(StandardCharsets.UTF_8));
            var delivered = message(base + "/ok", "{\"event_id\":\"e1\"}", seal, true);
            var failing = message(base + "/down", "{\"event_id\":\"e2\"}", seal, true);
            var forged = message(base + "/ok", "{\"event_id\":\"forged\"}", seal, false);

            var outcome = worker.invoke(Json.writeString(Map.of("Records", List.of(delivered, failing, forged))), Duration.ofSeconds(60));

            assertThat(outcome.isError()).as(outcome.body()).isFalse();
            var failures = new ArrayList<String>();
            Json.tree(outcome.body().getBytes(StandardCharsets.UTF_8)).get("batchItemFailures")
                    .forEach(f -> failures.add(f.get("itemIdentifier").asString()));
            assertThat(failures).containsExactly((String) failing.get("messageId"));
            var calls = new ArrayList<String>();
            received.drainTo(calls);
            Thread.sleep(200);
            received.drainTo(calls);
            assertThat(calls).containsExactlyInAnyOrder("t1 {\"event_id\":\"e1\"}", "down");
        } finally {
            receiver.stop(0);
        }
    }

    /** One record of an SQS event as Lambda's event source mapping delivers it. */
    private static Map<String, Object> message(String url, String event, MessageSeal seal, boolean sealed) {
        var callback = new LinkedHashMap<String, Object>();
        callback.put("url", url);
        callback.put("login", null);
        callback.put("password", null);
        callback.put("timeout", 5);
        callback.put("content_type", "application/json");
        callback.put("headers", Map.of("X-Trace", "t1"));
        callback.put("body", Base64.getEncoder().encodeToString(event.getBytes(StandardCharsets.UTF_8)));
        var body = Json.writeString(callback);
        var record = new LinkedHashMap<String, Object>();
        record.put("messageId", UUID.randomUUID().toString());
        record.put("receiptHandle", "receipt-" + UUID.randomUUID());
        record.put("body", body);
        record.put("attributes", Map.of("ApproximateReceiveCount", "1", "SentTimestamp", "1795424400000"));
        record.put("messageAttributes", sealed
                ? Map.of(MessageSeal.ATTRIBUTE, Map.of("stringValue", seal.of(body), "dataType", "String"))
                : Map.of());
        record.put("md5OfBody", "");
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:luna-callbacks");
        record.put("awsRegion", "us-east-1");
        return record;
    }
}
