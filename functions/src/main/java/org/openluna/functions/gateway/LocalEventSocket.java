package org.openluna.functions.gateway;

import java.net.URI;
import java.time.Duration;
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
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code /6/ws} on the local gateway. It opens as every socket does ({@link SocketOpening}:
 * authentication, {@code event:view}, the function's checks of the filters); once accepted, it relays
 * the Sender's websocket for the caller's account with the same query, so the API and the Sender send
 * the very same messages.
 */
final class LocalEventSocket implements WebHandler {
    private static final Logger log = LoggerFactory.getLogger(LocalEventSocket.class);

    private final Gateway gateway;
    private final SocketOpening opening;
    private final WebSocketClient senderClient;
    private final URI senderUrl;
    private final Duration recheck;

    LocalEventSocket(Gateway gateway, SocketOpening opening, WebSocketClient senderClient, URI senderUrl, Duration recheck) {
        this.gateway = gateway;
        this.opening = opening;
        this.senderClient = senderClient;
        this.senderUrl = senderUrl;
        this.recheck = recheck;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange) {
        return opening.handle(exchange, (accepted, request) -> relay(exchange, accepted, request));
    }

    /**
     * The handler of the upgraded connection: the Sender's messages for the account, out to the client,
     * while the request that opened it would still be accepted.
     */
    private WebSocketHandler relay(ServerWebExchange exchange, ApiResponse accepted, RawRequest opening) {
        var account = Json.tree(accepted.body()).get("account_id").asString();
        var requestId = accepted.headers().get(RequestId.HEADER);
        var query = exchange.getRequest().getURI().getRawQuery();
        var upstream = URI.create(senderUrl + "/1/ws" + (query == null ? "" : "?" + query));
        var headers = new HttpHeaders();
        headers.set(Subscription.ACCOUNT_HEADER, account);
        headers.set(RequestId.HEADER, requestId);
        return client -> senderClient.execute(upstream, headers, sender -> {
                    var ending = new AtomicReference<>(CloseStatus.GOING_AWAY);
                    return Mono.firstWithSignal(relayBetween(client, sender, ending), closeWhenRefused(sender, opening, ending));
                })
                .onErrorResume(e -> {
                    log.warn("request {}: the Sender at {} is unreachable: {}", requestId, senderUrl, e.toString());
                    return client.close(CloseStatus.SERVER_ERROR.withReason("event sender unavailable"));
                });
    }

    /**
     * Asks the gateway again, every {@link #recheck}, whether it would accept the request that opened
     * the socket: a token deleted or expired, a session ended, a permission taken away ends the relay,
     * and the client is told why (1008).
     */
    private Mono<Void> closeWhenRefused(WebSocketSession sender, RawRequest opening, AtomicReference<CloseStatus> ending) {
        return Flux.interval(recheck)
                .concatMap(tick -> Mono.fromCallable(() -> gateway.handle(opening)).subscribeOn(Schedulers.boundedElastic()))
                .filter(answer -> answer.status() != 200)
                .next()
                .flatMap(refused -> {
                    ending.set(CloseStatus.POLICY_VIOLATION.withReason("credentials no longer valid"));
                    return sender.close();
                })
                // the relay ends the usual way, and closes the client with the status set here
                .then(Mono.never());
    }

    /**
     * Ends when either side closes, and closes the other: the client's frames are read and dropped. The
     * client is told {@code ending} when the Sender's side ends first.
     */
    private static Mono<Void> relayBetween(WebSocketSession client, WebSocketSession sender, AtomicReference<CloseStatus> ending) {
        var toClient = client.send(sender.receive().map(message -> client.textMessage(message.getPayloadAsText())))
                .then(Mono.defer(() -> client.close(ending.get())));
        var fromClient = client.receive().then(Mono.defer(() -> sender.close()));
        return Mono.firstWithSignal(toClient, fromClient);
    }
}
