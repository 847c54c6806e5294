package org.openluna.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.queues.EventNotice;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Sender on a real SQS emulator (ElasticMQ), events sent through the publisher a handler uses, real websocket clients. */
class SenderServerTest {
    private static final QueueNames QUEUES = new QueueNames("sender-test-");
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private static final MessageSeal SEAL = new MessageSeal("the sender test's secret, 32 bytes or more".getBytes());
    private static SQSRestServer elasticMq;
    private static SqsClient sqs;
    private static SenderServer sender;
    private static EventPublisher publisher;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        int sqsPort = freePort();
        elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(sqsPort).start();
        elasticMq.waitUntilStarted();
        sqs = SqsClient.builder().region(Region.US_EAST_1).endpointOverride(URI.create("http://127.0.0.1:" + sqsPort))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        sqs.createQueue(b -> b.queueName(QUEUES.events()));
        // a short deadline, so the slow-client test waits seconds, and every websocket here outlives it
        sender = SenderServer.start(new SenderSettings("127.0.0.1", 0, QUEUES.events(), 1), sqs, SEAL, DEADLINE);
        publisher = new EventPublisher(sqs, QUEUES, SEAL);
    }

    @AfterAll
    static void stop() {
        sender.close();
        sqs.close();
        elasticMq.stopAndWait();
    }

    @Test
    void aHandshakeThatNeverCompletesIsAnswered37002AndOversizedHeadersInTheErrorFormat() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", sender.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n".getBytes());
            var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).contains("\"error_code\":37002");
        }
        try (var socket = new java.net.Socket("127.0.0.1", sender.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "h".repeat(20_000) + "\r\n\r\n").getBytes());
            var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 431");
            assertThat(answer).contains("\"error_code\":12032");
        }
        var version = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sender.port() + "/version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(version.statusCode()).isEqualTo(200);
    }

    @Test
    void aSubscriberGetsExactlyTheEventsOfItsAccountThatPassItsFilters() throws Exception {
        var accountA = UUID.randomUUID();
        var accountB = UUID.randomUUID();
        var handler = UUID.randomUUID();
        try (var women = subscribe(accountA, "gender=0&tags=tag1,tag2");
             var all = subscribe(accountA, "");
             var other = subscribe(accountB, "")) {
            var wanted = publish(accountA, handler, event("woman, both tags", 0, "tag1", "tag2", "tag3"));
            publish(accountA, handler, event("man, both tags", 1, "tag1", "tag2"));
            publish(accountA, handler, event("woman, one tag", 0, "tag1"));
            publish(UUID.randomUUID(), handler, event("another account's woman", 0, "tag1", "tag2"));
            awaitQueueDrained();

            var got = women.next(Duration.ofSeconds(10));
            assertThat(got).isNotNull();
            assertThat(List.copyOf(got.propertyNames()))
                    .containsExactly("event", "handler_id", "event-create-time", "event-end-time", "Luna-Request-id");
            assertThat(got.get("event")).isEqualTo(wanted.event());
            assertThat(got.get("handler_id").asString()).isEqualTo(handler.toString());
            assertThat(got.get("event-create-time").asString()).isEqualTo("2024-05-01T10:00:00.000Z");
            assertThat(got.get("event-end-time").asString()).isEqualTo("2024-05-01T10:00:01.250Z");
            assertThat(got.get("Luna-Request-id").asString()).isEqualTo(wanted.requestId().value());
            Thread.sleep(300);
            assertThat(women.drain()).as("only the woman with both tags").isEmpty();
            assertThat(userData(all.drain())).as("no filter: every event of the account, with the first one already read")
                    .containsExactlyInAnyOrder("man, both tags", "woman, one tag", "woman, both tags");
            assertThat(other.drain()).as("another account's subscriber").isEmpty();
        }
    }

    @Test
    void aClosedSubscriberIsForgotten() throws Exception {
        var account = UUID.randomUUID();
        var before = sender.subscriberCount();
        var socket = subscribe(account, "");
        assertThat(sender.subscriberCount()).isEqualTo(before + 1);
        socket.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sender.subscriberCount() != before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sender.subscriberCount()).isEqualTo(before);
    }

    @Test
    void aMessageThatIsNoEventIsDroppedAndTheFeedGoesOn() throws Exception {
        var account = UUID.randomUUID();
        try (var socket = subscribe(account, "")) {
            var url = sqs.getQueueUrl(b -> b.queueName(QUEUES.events())).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("{\"not\": \"an event\"}"));
            publish(account, UUID.randomUUID(), event("after the stranger", 1));
            assertThat(socket.next(Duration.ofSeconds(10)).get("event").get("user_data").asString()).isEqualTo("after the stranger");
            awaitQueueDrained();
        }
    }

    /** Whoever can send to the queue without the platform's secret shows no subscriber an event, even in the publisher's own form. */
    @Test
    void anEventThePlatformDidNotSealReachesNoSubscriber() throws Exception {
        var account = UUID.randomUUID();
        var forger = new EventPublisher(sqs, QUEUES, new MessageSeal("someone else's secret, 32 bytes at least".getBytes()));
        try (var socket = subscribe(account, "")) {
            forger.publish(new EventNotice(account, UUID.randomUUID(), event("forged", 1), Instant.parse("2024-05-01T10:00:00Z"),
                    Instant.parse("2024-05-01T10:00:01Z"), RequestId.generate(java.time.Clock.systemUTC())));
            publish(account, UUID.randomUUID(), event("the platform's", 1));
            assertThat(socket.next(Duration.ofSeconds(10)).get("event").get("user_data").asString()).isEqualTo("the platform's");
            awaitQueueDrained();
            assertThat(socket.drain()).as("the forged event").isEmpty();
        }
    }

    @Test
    void aHandshakeWithoutLunaAccountIdIsRefusedWithTheSeedsError() throws Exception {
        var refused = RawHandshake.send(sender.port(), "/1/ws?gender=1", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Json.tree(refused.body().getBytes())).isEqualTo(Json.tree(
                "{\"error_code\":11066,\"desc\":\"Bad/incomplete input data\",\"detail\":\"Luna-Account-Id header not found\"}".getBytes()));
        assertThat(refused.headers()).containsIgnoringCase("Luna-Request-Id: ");
    }

    @Test
    void aHandshakeWithABadFilterIsRefusedWithTheSeedsQueryError() throws Exception {
        var refused = RawHandshake.send(sender.port(), "/1/ws?gender=2", Map.of("Luna-Account-Id", UUID.randomUUID().toString()));
        assertThat(refused.status()).isEqualTo(400);
        var body = Json.tree(refused.body().getBytes());
        assertThat(body.get("error_code").asInt()).isEqualTo(12012);
        assertThat(body.get("detail").asString()).isEqualTo("Bad query parameters 'gender'");
    }

    @Test
    void aHandshakeWithAnAccountIdThatIsNoUuidIsRefused() throws Exception {
        var refused = RawHandshake.send(sender.port(), "/1/ws", Map.of("Luna-Account-Id", "someone"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Json.tree(refused.body().getBytes()).get("error_code").asInt()).isEqualTo(12014);
    }

    @Test
    void theSeedsClientPathWithApiTwoIsServedToo() throws Exception {
        var account = UUID.randomUUID();
        try (var socket = EventSocket.connect(URI.create("ws://127.0.0.1:" + sender.port() + "/2/ws?gender=1"),
                Map.of("Luna-Account-Id", account.toString()))) {
            publish(account, UUID.randomUUID(), event("via api 2", 1));
            assertThat(socket.next(Duration.ofSeconds(10)).get("event").get("user_data").asString()).isEqualTo("via api 2");
        }
    }

    @Test
    void aPlainGetOfTheWebsocketAnswers426() throws Exception {
        var answer = get("/1/ws", Map.of("Luna-Account-Id", UUID.randomUUID().toString()));
        assertThat(answer.statusCode()).isEqualTo(426);
        assertThat(answer.headers().firstValue("Upgrade")).hasValue("websocket");
        assertThat(Json.tree(answer.body().getBytes()).get("error_code").asInt()).isEqualTo(12030);
    }

    @Test
    void versionAnswersInTheSeedsShape() throws Exception {
        var answer = get("/version", Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        var body = Json.tree(answer.body().getBytes());
        assertThat(List.copyOf(body.propertyNames())).containsExactlyInAnyOrder("api", "major", "minor", "patch");
        assertThat(body.get("api").asInt()).isEqualTo(1);
        assertThat(answer.headers().firstValue("Luna-Request-Id")).isPresent();
    }

    @Test
    void healthIsGoodWhileTheQueueIsRead() throws Exception {
        var answer = get("/healthcheck", Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(Json.tree(answer.body().getBytes()).get("execution_time").isNumber()).isTrue();
    }

    @Test
    void docsAnswerYamlHtmlOrJsonAndRefuseOtherTypesWith12024() throws Exception {
        var yaml = get("/docs/spec", Map.of("Accept", "application/x-yaml"));
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("/{api}/ws").contains("matching_candidates_labels").contains("Luna-Account-Id");
        assertThat(get("/docs/spec", Map.of("Accept", "text/html")).body()).startsWith("<!doctype html>");
        var refused = get("/docs/spec", Map.of("Accept", "image/png"));
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(Json.tree(refused.body().getBytes()).get("error_code").asInt()).isEqualTo(12024);
        var dev = get("/docs/dev", Map.of());
        assertThat(dev.statusCode()).isEqualTo(302);
        assertThat(dev.headers().firstValue("Location")).hasValue("/docs/dev/index.html");
        assertThat(get("/config", Map.of()).body()).contains("EVENTS_QUEUE").contains(QUEUES.events());
    }

    @Test
    void unknownPathsAndWrongMethodsAnswerInLunasErrorFormat() throws Exception {
        var missing = get("/6/faces", Map.of());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.tree(missing.body().getBytes()).get("error_code").asInt()).isEqualTo(12011);
        var wrong = http.send(HttpRequest.newBuilder(uri("/1/ws")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, OPTIONS");
    }

    private static EventSocket subscribe(UUID account, String query) {
        return EventSocket.connect(URI.create("ws://127.0.0.1:" + sender.port() + "/1/ws" + (query.isEmpty() ? "" : "?" + query)),
                Map.of("Luna-Account-Id", account.toString()));
    }

    private static EventNotice publish(UUID account, UUID handler, ObjectNode event) {
        var notice = new EventNotice(account, handler, event, Instant.parse("2024-05-01T10:00:00Z"),
                Instant.parse("2024-05-01T10:00:01.250Z"), RequestId.generate(java.time.Clock.systemUTC()));
        publisher.publish(notice);
        return notice;
    }

    private static ObjectNode event(String userData, int gender, String... tags) {
        var event = Json.object();
        event.put("event_id", UUID.randomUUID().toString());
        event.put("source", "cam1");
        event.put("user_data", userData);
        var tagArray = event.putArray("tags");
        for (var tag : tags) {
            tagArray.add(tag);
        }
        event.putObject("face_attributes").putObject("basic_attributes").put("age", 30).put("gender", gender);
        return event;
    }

    private static List<String> userData(List<JsonNode> messages) {
        return messages.stream().map(m -> m.get("event").get("user_data").asString()).toList();
    }

    /** Every event sent so far was read and deleted, so the Sender has handed each to its subscribers. */
    private static void awaitQueueDrained() throws InterruptedException {
        var url = sqs.getQueueUrl(b -> b.queueName(QUEUES.events())).queueUrl();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            if (attributes.values().stream().allMatch("0"::equals)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the Sender did not read every event");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(uri(path));
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + sender.port() + path);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
