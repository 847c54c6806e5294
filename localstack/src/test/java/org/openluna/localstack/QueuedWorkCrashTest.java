package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.SdkDescriptor;

/**
 * Work accepted but not yet done survives a SIGKILL of the launcher: events answered with
 * {@code wait_saving=0} and their http callbacks wait in ElasticMQ, which keeps its messages on disk,
 * and a launcher started again on the same data writes every event and sends every callback.
 */
class QueuedWorkCrashTest {
    private static final int EVENTS = 40;
    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void queuedCallbacksAndBufferedEventsOutliveAKill() throws Exception {
        var dataDir = Files.createTempDirectory("luna-crash-");
        Set<String> called = ConcurrentHashMap.newKeySet();
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/events", exchange -> {
            called.add(Json.tree(exchange.getRequestBody().readAllBytes()).get("event_id").asString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var accepted = new HashSet<String>();
            String login;
            String password;
            String handlerId;
            // first life: the queues' functions do not run, so every callback and event is still queued when it dies
            try (var first = ChildStack.start(dataDir, false, START)) {
                var account = new Api(first.gatewayPort()).newAccount("user");
                login = account.login();
                password = account.password();
                handlerId = account.api().postJson("/6/handlers", Map.of("policies", Map.of("storage_policy", Map.of(
                        "event_policy", Map.of("store_event", 1, "wait_saving", 0),
                        "callbacks", List.of(Map.of("type", "http",
                                "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events"))))))
                        .assertStatus(201).text("handler_id");
                for (int i = 0; i < EVENTS; i++) {
                    var answer = account.api().post("/6/handlers/" + handlerId + "/events", "application/x-sdk-descriptor-base64",
                            SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(i)).getBytes()).assertStatus(202).json();
                    accepted.add(answer.get("events").get(0).get("event_id").asString());
                }
                assertThat(account.api().get("/6/events?handler_ids=" + handlerId).json().get("events").size())
                        .as("nothing is written before the functions run").isZero();
                first.kill();
            }
            assertThat(called).as("no callback was sent before the kill").isEmpty();

            // second life: the functions take what the first left in the queues
            try (var second = ChildStack.start(dataDir, true, START)) {
                var client = new Api(second.gatewayPort()).basic(login, password);
                Eventually.value("every accepted event written", () -> {
                    var stored = new HashSet<String>();
                    client.get("/6/events?handler_ids=" + handlerId + "&page_size=1000").json().get("events")
                            .forEach(event -> stored.add(event.get("event_id").asString()));
                    return stored;
                }, accepted::equals);
                Eventually.value("a callback for every accepted event", () -> Set.copyOf(called), accepted::equals);
            }
        } finally {
            receiver.stop(0);
        }
    }
}
