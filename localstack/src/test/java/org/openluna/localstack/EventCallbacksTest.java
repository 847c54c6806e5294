package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * A handler's http callbacks (seed l.3491-3517) against a real HTTP server: the event is POSTed with the
 * callback's headers and basic authorization, tried again after a failure, and never holds the answer.
 */
@ExtendWith(RunningStack.class)
class EventCallbacksTest {

    record Call(String authorization, String trace, String contentType, JsonNode body) {}

    @Test
    void aFailedCallbackIsTriedAgainAndASlowOneDoesNotHoldTheAnswer(Api api) throws Exception {
        var flakyCalls = new AtomicInteger();
        var calls = new LinkedBlockingQueue<Call>();
        var slowArrived = new LinkedBlockingQueue<Call>();
        var release = new CountDownLatch(1);
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/flaky", exchange -> {
            calls.add(call(exchange));
            int status = flakyCalls.incrementAndGet() == 1 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            slowArrived.add(call(exchange));
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var base = "http://127.0.0.1:" + server.getAddress().getPort();
            var client = api.newAccount("user").withToken();
            var handler = client.postJson("/6/handlers", Map.of("policies", Map.of("storage_policy", Map.of("callbacks", List.of(
                    Map.of("type", "http", "url", base + "/flaky", "authorization", Map.of("type", "basic", "login", "cb", "password", "secret"),
                            "params", Map.of("headers", Map.of("X-Trace", "t1"), "timeout", 5)),
                    Map.of("type", "http", "url", base + "/slow", "params", Map.of("timeout", 30))))))).assertStatus(201).text("handler_id");

            var answer = client.post("/6/handlers/" + handler + "/events", "application/x-sdk-descriptor-base64",
                    SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(3)).getBytes()).assertStatus(201).json();

            assertThat(release.getCount()).as("the answer came while the slow callback was still held").isEqualTo(1);
            var eventId = answer.get("events").get(0).get("event_id").asString();
            var first = calls.poll(20, TimeUnit.SECONDS);
            var second = calls.poll(20, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(second).as("tried again after the 500").isNotNull();
            for (var call : List.of(first, second)) {
                assertThat(call.body().get("event_id").asString()).isEqualTo(eventId);
                assertThat(call.body()).isEqualTo(answer.get("events").get(0));
                assertThat(call.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString("cb:secret".getBytes(StandardCharsets.UTF_8)));
                assertThat(call.trace()).isEqualTo("t1");
                assertThat(call.contentType()).isEqualTo("application/json");
            }
            assertThat(calls.poll(3, TimeUnit.SECONDS)).as("no third try after a success").isNull();
            var slow = slowArrived.poll(20, TimeUnit.SECONDS);
            assertThat(slow).isNotNull();
            assertThat(slow.authorization()).isNull();
            assertThat(slow.body().get("event_id").asString()).isEqualTo(eventId);
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    private static Call call(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
        var headers = exchange.getRequestHeaders();
        return new Call(headers.getFirst("Authorization"), headers.getFirst("X-Trace"), headers.getFirst("Content-Type"),
                Json.tree(exchange.getRequestBody().readAllBytes()));
    }
}
