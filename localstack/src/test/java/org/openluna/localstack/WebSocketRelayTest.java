package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.LunaApplication;
import org.openluna.sender.EventSocket;
import org.openluna.shared.descriptors.SdkDescriptor;
import org.springframework.boot.SpringApplication;

/**
 * {@code /6/ws} as it runs on AWS (ADR 0019): the functions application with only the ws and service
 * groups and its web server on, as the relay container starts it, against the stack's stores and
 * Sender. It authenticates the subscriber and relays the Sender's events; every other route is
 * another function's.
 */
@ExtendWith(RunningStack.class)
class WebSocketRelayTest {

    @Test
    void theRelayContainerAuthenticatesAndRelaysTheSendersEvents(Api api, RunningStack.Started started) throws Exception {
        int port = FreePorts.next();
        var properties = new HashMap<String, Object>(StackFunctions.properties(started, "ws,service"));
        properties.put("server.port", Integer.toString(port));
        // as command-line arguments they outrank application.properties, as the container's environment does
        var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (var relay = new SpringApplication(LunaApplication.class).run(args)) {
            var relayApi = new Api(port);
            var account = api.newAccount("user");
            assertThat(relayApi.get("/6/version").status()).isEqualTo(200);
            assertThat(relayApi.basic(account.login(), account.password()).get("/6/faces").status())
                    .as("the faces group is another function's").isEqualTo(404);
            assertThatThrownBy(() -> EventSocket.connect(URI.create("ws://127.0.0.1:" + port + "/6/ws"), Map.of()))
                    .as("no credentials, no socket").hasStackTraceContaining("Unexpected HTTP response status code 401");

            try (var socket = EventSocket.connect(URI.create("ws://127.0.0.1:" + port + "/6/ws"),
                    Map.of("Authorization", Api.basicHeader(account.login(), account.password())))) {
                Thread.sleep(500);
                var handler = account.api().postJson("/6/handlers", Map.of("policies", Map.of("storage_policy", Map.of(
                        "notification_policy", Map.of("send_notification", 1))))).assertStatus(201).text("handler_id");
                var answer = account.api().post("/6/handlers/" + handler + "/events", "application/x-sdk-descriptor-base64",
                        SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(7)).getBytes()).assertStatus(201).json();
                var event = socket.next(Duration.ofSeconds(20));
                assertThat(event).as("the event, relayed").isNotNull();
                assertThat(event.toString()).contains(answer.get("events").get(0).get("event_id").asString());
            }
        }
    }
}
