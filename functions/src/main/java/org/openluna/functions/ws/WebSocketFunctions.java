package org.openluna.functions.ws;

import java.util.Map;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.subscriptions.EventFilters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code GET /6/ws} (seed l.13738-14785): the handler events of the caller's account, as the Sender
 * pushes them, after the gateway has authenticated the caller and checked {@code event:view}. The
 * function decides whether the subscription may open; the transport opens it (locally
 * {@code gateway/LocalEventSocket} relays the Sender's stream, and asks this function again while the
 * socket is open, so a deleted token or an ended session closes it; on AWS this is the $connect check
 * of the WebSocket API, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class WebSocketFunctions {

    /**
     * 200 with the account the subscription is for. The handshake is checked here so a bad one is
     * refused in the error format (the framework would answer in its own); the filters are read so a
     * bad one refuses it (12012); a login cookie opens no socket for a page of another origin.
     */
    @Bean
    Function<ApiRequest, ApiResponse> subscribeEvents() {
        return req -> {
            if (!req.header("Upgrade").map(u -> u.equalsIgnoreCase("websocket")).orElse(false)) {
                return ApiResponse.error(new LunaException(ErrorCode.WEBSOCKET_REQUIRED)).withHeader("Upgrade", "websocket");
            }
            Handshake.requireValid(req.headers());
            Handshake.requireOwnOrigin(req);
            EventFilters.parse(req.query());
            return ApiResponse.ok(Map.of("account_id", req.caller().account().toString()));
        };
    }
}
