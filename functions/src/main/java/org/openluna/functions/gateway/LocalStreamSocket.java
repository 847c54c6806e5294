package org.openluna.functions.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/streams/{stream_id}/ws} on the local gateway (seed l.15521-15545): a stream's status and
 * its analytics' results as the seed's messages, {@code {stream_status, error, analytics_results}}.
 * It opens as every socket does ({@link SocketOpening}); once accepted, it says where
 * the stream stands, asks the gateway again every {@link #POLL} and says each change, and relays the
 * stream's events from the Sender (its {@code stream_ids} filter) as the results of the analytic that
 * made them. It closes (1008) once the stream is gone or the credential would no longer open it.
 */
final class LocalStreamSocket implements WebHandler {
    private static final Logger log = LoggerFactory.getLogger(LocalStreamSocket.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Gateway gateway;
    private final SocketOpening opening;
    private final WebSocketClient senderClient;
    private final URI senderUrl;

    LocalStreamSocket(Gateway gateway, SocketOpening opening, WebSocketClient senderClient, URI senderUrl) {
        this.gateway = gateway;
        this.opening = opening;
        this.senderClient = senderClient;
        this.senderUrl = senderUrl;
    }

    /** Where the stream stands, as the function answered it. */
    private record Standing(String status, String error) {
        static Standing of(ApiResponse accepted) {
            var body = Json.tree(accepted.body());
            return new Standing(body.get("stream_status").asString(), body.get("error").isNull() ? null : body.get("error").asString());
        }

        String message(Object results) {
            var message = new LinkedHashMap<String, Object>();
            message.put("stream_status", status);
            message.put("error", error);
            message.put("analytics_results", results);
            return Json.writeString(message);
        }
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange) {
        return opening.handle(exchange, this::relay);
    }

    private WebSocketHandler relay(ApiResponse accepted, RawRequest opening) {
        var body = Json.tree(accepted.body());
        var requestId = accepted.headers().get(RequestId.HEADER);
        var upstream = URI.create(senderUrl + "/1/ws?stream_ids=" + body.get("stream_id").asString());
        var headers = new HttpHeaders();
        headers.set(Subscription.ACCOUNT_HEADER, body.get("account_id").asString());
        headers.set(RequestId.HEADER, requestId);
        return client -> senderClient.execute(upstream, headers, sender -> {
                    var standing = new AtomicReference<>(Standing.of(accepted));
                    var ending = new AtomicReference<>(CloseStatus.GOING_AWAY);
                    var changes = Flux.interval(POLL)
                            .concatMap(tick -> Mono.fromCallable(() -> gateway.handle(opening)).subscribeOn(Schedulers.boundedElastic()))
                            .takeUntil(answer -> answer.status() != 200)
                            .flatMap(answer -> {
                                if (answer.status() != 200) {
                                    ending.set(CloseStatus.POLICY_VIOLATION.withReason("the stream is gone or the credentials no longer valid"));
                                    return sender.close().then(Mono.empty());
                                }
                                var now = Standing.of(answer);
                                return now.equals(standing.getAndSet(now)) ? Mono.<String>empty() : Mono.just(now.message(null));
                            });
                    var results = sender.receive().map(message -> standing.get().message(results(Json.tree(message.getPayloadAsText()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
                    var outgoing = Flux.concat(Mono.just(standing.get().message(null)), Flux.merge(changes, results))
                            .map(client::textMessage);
                    var toClient = client.send(outgoing).then(Mono.defer(() -> client.close(ending.get())));
                    var fromClient = client.receive().then(Mono.defer(sender::close));
                    return Mono.firstWithSignal(toClient, fromClient);
                })
                .onErrorResume(e -> {
                    log.warn("request {}: the Sender at {} is unreachable: {}", requestId, senderUrl, e.toString());
                    return client.close(CloseStatus.SERVER_ERROR.withReason("event sender unavailable"));
                });
    }

    /** An event of the stream as its analytic's result: the face analytic's track and the event it made. */
    private static Map<String, Object> results(JsonNode message) {
        var event = message.get("event");
        var result = new LinkedHashMap<String, Object>();
        result.put("track_id", text(event, "track_id"));
        result.put("event_id", text(event, "event_id"));
        result.put("handler_id", text(message, "handler_id"));
        result.put("event_time", text(message, "event-create-time"));
        result.put("event_end_time", text(message, "event-end-time"));
        result.put("top_match", event.get("top_match"));
        return Map.of("face_events", result);
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
