package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.openluna.sender.EventSocket;
import org.openluna.sender.RawHandshake;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.queues.EventNotice;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.QueueNames;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;

/**
 * The Sender of the local stack on port {@code senderPort}, and {@code /6/ws} on the gateway: real
 * websocket clients of two accounts, events sent through the publisher a handler function calls.
 */
@ExtendWith(RunningStack.class)
class SenderTest {
    private static final UUID HANDLER_1 = UUID.fromString("8950722f-3fd4-4223-b48f-03f95f0e8dfb");
    private static final UUID HANDLER_2 = UUID.fromString("346a5645-ec89-4806-820a-dbcb6e0dc381");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void eachSubscriberGetsExactlyTheEventsOfItsAccountThatPassItsFilters(Api api, RunningStack.Started stack) throws Exception {
        var a = api.newAccount("user");
        var b = api.newAccount("user");
        try (var similar = sender(stack, a.id(), "object_similarity__gte=0.7&handler_ids=" + HANDLER_1);
             var vipMen = sender(stack, a.id(), "tags=vip,door&gender=1");
             var everythingOfB = sender(stack, b.id(), "")) {
            var close = publish(stack, a.id(), HANDLER_1, SeedEvent.named("close, handler 1").similarity(0.8).gender(0).tags("vip"));
            publish(stack, a.id(), HANDLER_1, SeedEvent.named("far, handler 1").similarity(0.6).gender(1).tags("vip", "door"));
            var vipMan = publish(stack, a.id(), HANDLER_2, SeedEvent.named("close, handler 2").similarity(0.9).gender(1).tags("door", "vip", "x"));
            var border = publish(stack, a.id(), HANDLER_1, SeedEvent.named("at the bound, handler 1").similarity(0.7).gender(1).tags("door"));
            awaitQueueDrained(stack);

            var similarGot = receive(similar, 2);
            assertThat(userData(similarGot)).containsExactlyInAnyOrder("close, handler 1", "at the bound, handler 1");
            var vipMenGot = receive(vipMen, 2);
            assertThat(userData(vipMenGot)).containsExactlyInAnyOrder("far, handler 1", "close, handler 2");
            Thread.sleep(300);
            assertThat(similar.drain()).isEmpty();
            assertThat(vipMen.drain()).isEmpty();
            assertThat(everythingOfB.drain()).as("account B's subscriber gets nothing of A's").isEmpty();

            var message = similarGot.stream().filter(m -> m.get("event").get("event_id").asString()
                    .equals(close.event().get("event_id").asString())).findFirst().orElseThrow();
            assertThat(List.copyOf(message.propertyNames()))
                    .containsExactly("event", "handler_id", "event-create-time", "event-end-time", "Luna-Request-id");
            assertThat(message.get("event")).isEqualTo(close.event());
            assertThat(message.get("handler_id").asString()).isEqualTo(HANDLER_1.toString());
            assertThat(message.get("event-create-time").asString()).isEqualTo("2021-06-18T00:44:58.653Z");
            assertThat(message.get("event-end-time").asString()).isEqualTo("2021-06-18T00:45:00.000Z");
            assertThat(message.get("Luna-Request-id").asString()).isEqualTo(close.requestId().value());
            assertThat(vipMenGot.stream().map(m -> m.get("handler_id").asString()))
                    .containsExactlyInAnyOrder(HANDLER_1.toString(), vipMan.handlerId().toString());
            assertThat(border.event().get("matches").get(0).get("candidates").get(0).get("similarity").asDouble()).isEqualTo(0.7);

            publish(stack, b.id(), HANDLER_2, SeedEvent.named("for B").similarity(0.1));
            assertThat(userData(receive(everythingOfB, 1))).containsExactly("for B");
            awaitQueueDrained(stack);
            Thread.sleep(300);
            assertThat(similar.drain()).as("A's subscribers get nothing of B's").isEmpty();
            assertThat(vipMen.drain()).isEmpty();
        }
    }

    @Test
    void theApisWebsocketRelaysTheCallersEventsWithTheSameFilters(Api api, RunningStack.Started stack) throws Exception {
        var a = api.newAccount("user");
        var b = api.newAccount("user");
        try (var women = api6(stack, a, "gender=0&tags=tag1");
             var ofB = api6(stack, b, "")) {
            publish(stack, a.id(), HANDLER_1, SeedEvent.named("a man").gender(1).tags("tag1"));
            var woman = publish(stack, a.id(), HANDLER_1, SeedEvent.named("a woman").gender(0).tags("tag1", "tag2"));
            publish(stack, a.id(), HANDLER_1, SeedEvent.named("an untagged woman").gender(0).tags());
            awaitQueueDrained(stack);
            var got = receive(women, 1).getFirst();
            assertThat(got.get("event")).isEqualTo(woman.event());
            assertThat(List.copyOf(got.propertyNames()))
                    .containsExactly("event", "handler_id", "event-create-time", "event-end-time", "Luna-Request-id");
            Thread.sleep(300);
            assertThat(women.drain()).isEmpty();
            assertThat(ofB.drain()).as("another account's /6/ws").isEmpty();
        }
    }

    @Test
    void aSenderHandshakeWithoutLunaAccountIdIsRefusedWithTheSeedsError(RunningStack.Started stack) throws Exception {
        var refused = RawHandshake.send(stack.settings().senderPort(), "/1/ws?gender=1", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Json.tree(refused.body().getBytes())).isEqualTo(Json.tree(
                "{\"error_code\":11066,\"desc\":\"Bad/incomplete input data\",\"detail\":\"Luna-Account-Id header not found\"}".getBytes()));
        var badFilter = RawHandshake.send(stack.settings().senderPort(), "/1/ws?object_similarity__gte=2",
                Map.of("Luna-Account-Id", UUID.randomUUID().toString()));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(Json.tree(badFilter.body().getBytes()).get("detail").asString()).isEqualTo("Bad query parameters 'object_similarity__gte'");
    }

    @Test
    void theApisWebsocketRefusesAnAnonymousCallerABadFilterAndATokenWithoutEventView(Api api, RunningStack.Started stack) throws Exception {
        int port = stack.stack().gatewayPort();
        var anonymous = RawHandshake.send(port, "/6/ws", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(Json.tree(anonymous.body().getBytes()).get("error_code").asInt()).isEqualTo(11060);
        var account = api.newAccount("user");
        var badFilter = RawHandshake.send(port, "/6/ws?tags=" + "t".repeat(37), Map.of("Authorization", basic(account)));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(Json.tree(badFilter.body().getBytes()).get("detail").asString()).isEqualTo("Bad query parameters 'tags'");
        var token = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("face", List.of("view")),
                "expiration_time", "2999-01-01T00:00:00Z")).assertStatus(201).text("token");
        var withoutEventView = RawHandshake.send(port, "/6/ws", Map.of("Authorization", "Bearer " + token));
        assertThat(withoutEventView.status()).isEqualTo(403);
        assertThat(Json.tree(withoutEventView.body().getBytes()).get("error_code").asInt()).isEqualTo(11064);
        var plain = api.basic(account.login(), account.password()).get("/6/ws");
        assertThat(plain.status()).isEqualTo(426);
        assertThat(plain.json().get("error_code").asInt()).isEqualTo(12030);
    }

    @Test
    void theSenderAnswersItsServiceRoutes(RunningStack.Started stack) throws Exception {
        var sender = new Api(stack.settings().senderPort());
        var version = sender.get("/version").assertStatus(200).json();
        assertThat(version.get("api").asInt()).isEqualTo(1);
        sender.get("/healthcheck").assertStatus(200);
        assertThat(new String(sender.withHeader("Accept", "application/x-yaml").get("/docs/spec").assertStatus(200).bytes()))
                .contains("handler_ids");
    }

    static EventSocket sender(RunningStack.Started stack, String accountId, String query) {
        return EventSocket.connect(URI.create("ws://127.0.0.1:" + stack.settings().senderPort() + "/1/ws" + (query.isEmpty() ? "" : "?" + query)),
                Map.of("Luna-Account-Id", accountId));
    }

    /** The credential is asked again while the socket is open (every second in tests): its end closes the socket, 1008. */
    @Test
    void theApisWebsocketClosesWhenItsTokenIsDeletedOrItsSessionEnds(Api api, RunningStack.Started stack) throws Exception {
        var account = api.newAccount("user");
        var issued = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("event", List.of("view")),
                "expiration_time", "2999-01-01T00:00:00Z")).assertStatus(201);
        var cookie = account.api().loginCookie();
        var url = URI.create("ws://127.0.0.1:" + stack.stack().gatewayPort() + "/6/ws");
        try (var byToken = EventSocket.connect(url, Map.of("Authorization", "Bearer " + issued.text("token")));
             var byCookie = EventSocket.connect(url, Map.of("Cookie", cookie));
             var byPassword = api6(stack, account, "")) {
            Thread.sleep(2500);
            assertThat(byToken.closed()).as("a live token's socket stays open").isNotDone();
            account.api().delete("/6/tokens/" + issued.text("token_id")).assertStatus(204);
            assertThat(byToken.closed().get(15, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
            assertThat(byCookie.closed()).isNotDone();
            api.withHeader("Cookie", cookie).delete("/6/login").assertStatus(204);
            assertThat(byCookie.closed().get(15, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
            assertThat(byPassword.closed()).as("the password's own socket is untouched").isNotDone();
        }
    }

    @Test
    void aCookiesWebsocketOpensOnlyForAPageOfTheGatewaysOwnOrigin(Api api, RunningStack.Started stack) throws Exception {
        int port = stack.stack().gatewayPort();
        var account = api.newAccount("user");
        var cookie = account.api().loginCookie();
        var foreign = RawHandshake.send(port, "/6/ws", Map.of("Cookie", cookie, "Origin", "http://evil.example"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(Json.tree(foreign.body().getBytes()).get("error_code").asInt()).isEqualTo(11073);
        var sameSiteOtherPort = RawHandshake.send(port, "/6/ws", Map.of("Cookie", cookie, "Origin", "http://127.0.0.1:1"));
        assertThat(sameSiteOtherPort.status()).isEqualTo(403);
        assertThat(RawHandshake.send(port, "/6/ws", Map.of("Cookie", cookie, "Origin", "http://127.0.0.1:" + port)).status()).isEqualTo(101);
        assertThat(RawHandshake.send(port, "/6/ws", Map.of("Cookie", cookie)).status()).as("no browser, no Origin").isEqualTo(101);
        assertThat(RawHandshake.send(port, "/6/ws", Map.of("Authorization", basic(account), "Origin", "http://evil.example")).status())
                .as("a password is no ambient credential").isEqualTo(101);
    }

    @Test
    void anAccountHoldsAtMostAHundredEventWebsocketsOpen(Api api, RunningStack.Started stack) throws Exception {
        var account = api.newAccount("user");
        var other = api.newAccount("user");
        var sockets = new ArrayList<EventSocket>();
        try {
            for (int i = 0; i < 100; i++) {
                sockets.add(api6(stack, account, ""));
            }
            var refused = RawHandshake.send(stack.stack().gatewayPort(), "/6/ws", Map.of("Authorization", basic(account)));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Json.tree(refused.body().getBytes()).get("error_code").asInt()).isEqualTo(12035);
            assertThat(RawHandshake.send(stack.stack().gatewayPort(), "/6/ws", Map.of("Authorization", basic(other))).status())
                    .as("another account is not held back").isEqualTo(101);
            sockets.removeFirst().close();
            Eventually.value("a closed socket frees its place", () -> {
                try {
                    return RawHandshake.send(stack.stack().gatewayPort(), "/6/ws", Map.of("Authorization", basic(account))).status();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, status -> status == 101);
        } finally {
            sockets.forEach(EventSocket::close);
        }
    }

    @Test
    void aWebsocketHandshakeWithoutItsKeyIsRefusedInTheErrorFormat(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        for (var handshake : List.of("Sec-WebSocket-Version: 13\r\n", "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: x\r\n",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")) {
            try (var raw = new RawHttp(stack.stack().gatewayPort())) {
                var answer = raw.send("GET /6/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n" + handshake
                        + "Authorization: " + basic(account) + "\r\n\r\n").readUntilClosed();
                assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
                assertThat(Json.tree(RawHttp.body(answer).getBytes()).get("error_code").asInt()).as(answer).isIn(12014, 12015);
            }
        }
    }

    private static EventSocket api6(RunningStack.Started stack, Api.Account account, String query) {
        return EventSocket.connect(URI.create("ws://127.0.0.1:" + stack.stack().gatewayPort() + "/6/ws" + (query.isEmpty() ? "" : "?" + query)),
                Map.of("Authorization", basic(account)));
    }

    private static String basic(Api.Account account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.login() + ":" + account.password()).getBytes());
    }

    /** As a handler will: the shared publisher, once per event. */
    private static EventNotice publish(RunningStack.Started stack, String accountId, UUID handler, SeedEvent event) {
        var notice = new EventNotice(UUID.fromString(accountId), handler, event.json(), Instant.parse("2021-06-18T02:44:58.653485+02:00"),
                Instant.parse("2021-06-18T00:45:00Z"), RequestId.generate(Clock.systemUTC()));
        stack.stack().bean(EventPublisher.class).publish(notice);
        return notice;
    }

    static List<JsonNode> receive(EventSocket socket, int count) throws InterruptedException {
        var got = new ArrayList<JsonNode>();
        while (got.size() < count) {
            var next = socket.next(PATIENCE);
            assertThat(next).as("message %s of %s", got.size() + 1, count).isNotNull();
            got.add(next);
        }
        return got;
    }

    private static List<String> userData(List<JsonNode> messages) {
        return messages.stream().map(m -> m.get("event").get("user_data").asString()).toList();
    }

    /** Every event published so far was read and deleted by the Sender, which deletes only after handing it on. */
    static void awaitQueueDrained(RunningStack.Started stack) throws InterruptedException {
        var sqs = stack.stack().bean(SqsClient.class);
        var url = sqs.getQueueUrl(q -> q.queueName(stack.stack().bean(QueueNames.class).events())).queueUrl();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var counts = sqs.getQueueAttributes(q -> q.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            if (counts.values().stream().allMatch("0"::equals)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the Sender did not read every event");
    }
}
