package org.openluna.functions.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.WebSocketClient;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code /6/ws} on the local gateway. The request goes through the {@link Gateway} like any other
 * (request id, authentication, {@code event:view}, the function's checks of the filters); when the
 * function accepts it, the connection is upgraded and relays the Sender's websocket for the caller's
 * account with the same query, so the API and the Sender send the very same messages. Any refusal is
 * the gateway's answer, status and JSON, before the upgrade.
 */
final class LocalEventSocket implements WebHandler {
    private static final Logger log = LoggerFactory.getLogger(LocalEventSocket.class);

    private final Gateway gateway;
    private final WebSocketService upgrades;
    private final WebSocketClient senderClient;
    private final URI senderUrl;
    private final Duration recheck;
    private final OpenSockets open;

    LocalEventSocket(Gateway gateway, WebSocketService upgrades, WebSocketClient senderClient, URI senderUrl, Duration recheck,
                     OpenSockets open) {
        this.gateway = gateway;
        this.upgrades = upgrades;
        this.senderClient = senderClient;
        this.senderUrl = senderUrl;
        this.recheck = recheck;
        this.open = open;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        var raw = new RawRequest(request.getMethod().name(), request.getPath().value(), copy(request.getQueryParams()),
                copy(request.getHeaders().asMultiValueMap()), new byte[0]);
        return Mono.fromCallable(() -> gateway.handle(raw))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(answer -> answer.status() == 200 && request.getMethod().name().equals("GET")
                        ? upgrade(exchange, answer, raw)
                        : render(exchange, answer));
    }

    /** Opens the socket if the account has room for one more, and gives the room back when it ends. */
    private Mono<Void> upgrade(ServerWebExchange exchange, ApiResponse accepted, RawRequest opening) {
        var account = Json.tree(accepted.body()).get("account_id").asString();
        if (!open.tryOpen(account)) {
            return render(exchange, gateway.refuse(new LunaException(ErrorCode.TOO_MANY_SUBSCRIPTIONS, OpenSockets.PER_ACCOUNT)));
        }
        var released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                open.close(account);
            }
        };
        var relay = relay(exchange, accepted, opening);
        WebSocketHandler counted = session -> relay.handle(session).doFinally(signal -> release.run());
        // the upgrade completes before the socket ends, so only the socket's end (or a failed upgrade) gives the room back
        return upgrades.handleRequest(exchange, counted).doOnError(e -> release.run());
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

    static Mono<Void> render(ServerWebExchange exchange, ApiResponse answer) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        answer.headers().forEach((name, value) -> response.getHeaders().set(name, value));
        if (answer.body().length == 0 || exchange.getRequest().getMethod().name().equals("HEAD")) {
            return response.setComplete();
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
    }

    static Map<String, List<String>> copy(Map<String, List<String>> source) {
        var copy = new LinkedHashMap<String, List<String>>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
