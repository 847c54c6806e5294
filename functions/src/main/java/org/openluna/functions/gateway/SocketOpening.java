package org.openluna.functions.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How the local gateway opens a websocket ({@code /6/ws}, a stream's {@code /ws}): the request goes
 * through the {@link Gateway} like any other (request id, authentication, the route's permission, the
 * function's checks); when the function accepts it and the account has room for one more socket, the
 * connection is upgraded, and the room is given back when the socket ends. Any refusal is the
 * gateway's answer, status and JSON, before the upgrade.
 */
final class SocketOpening {
    /** What an accepted socket does, from the function's answer and the request that opened it. */
    interface Relay {
        WebSocketHandler of(ApiResponse accepted, RawRequest opening);
    }

    private final Gateway gateway;
    private final WebSocketService upgrades;
    private final OpenSockets open;

    SocketOpening(Gateway gateway, WebSocketService upgrades, OpenSockets open) {
        this.gateway = gateway;
        this.upgrades = upgrades;
        this.open = open;
    }

    Mono<Void> handle(ServerWebExchange exchange, Relay relay) {
        var request = exchange.getRequest();
        var raw = new RawRequest(request.getMethod().name(), request.getPath().value(), copy(request.getQueryParams()),
                copy(request.getHeaders().asMultiValueMap()), new byte[0]);
        return Mono.fromCallable(() -> gateway.handle(raw))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(answer -> answer.status() == 200 && request.getMethod().name().equals("GET")
                        ? upgrade(exchange, answer, relay.of(answer, raw))
                        : render(exchange, answer));
    }

    /** Opens the socket if the account has room for one more, and gives the room back when it ends. */
    private Mono<Void> upgrade(ServerWebExchange exchange, ApiResponse accepted, WebSocketHandler relay) {
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
        WebSocketHandler counted = session -> relay.handle(session).doFinally(signal -> release.run());
        // the upgrade completes before the socket ends, so only the socket's end (or a failed upgrade) gives the room back
        return upgrades.handleRequest(exchange, counted).doOnError(e -> release.run());
    }

    private static Mono<Void> render(ServerWebExchange exchange, ApiResponse answer) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        answer.headers().forEach((name, value) -> response.getHeaders().set(name, value));
        if (answer.body().length == 0 || exchange.getRequest().getMethod().name().equals("HEAD")) {
            return response.setComplete();
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        var copy = new LinkedHashMap<String, List<String>>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
