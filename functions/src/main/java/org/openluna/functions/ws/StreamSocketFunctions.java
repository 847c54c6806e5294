package org.openluna.functions.ws;

import java.util.LinkedHashMap;
import java.util.function.Function;
import org.openluna.functions.platform.StreamStatusConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.tables.StreamsTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code GET /6/streams/{stream_id}/ws} (seed l.15521-15545, the path luna3's {@code streamsWsConnect}
 * takes): a stream's status and its analytics' results as they come. The function says whether the
 * socket may open and where the stream stands; the transport ({@code gateway/LocalStreamSocket}) asks
 * it again every second while the socket is open, to send each change of status and to close the
 * socket once the stream is gone or the credential no longer holds.
 */
@Configuration(proxyBeanMethods = false)
@Import(StreamStatusConfiguration.class)
public class StreamSocketFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> subscribeStream(StreamsTable streams) {
        return req -> {
            // another account's stream is missing to the caller, whatever the request's form
            var streamId = Ids.pathId(req.path("stream_id"));
            var stream = streams.get(req.caller().account(), streamId)
                    .orElseThrow(() -> new LunaException(ErrorCode.STREAM_NOT_FOUND, streamId));
            if (!req.header("Upgrade").map(u -> u.equalsIgnoreCase("websocket")).orElse(false)) {
                return ApiResponse.error(new LunaException(ErrorCode.WEBSOCKET_REQUIRED)).withHeader("Upgrade", "websocket");
            }
            Handshake.requireValid(req.headers());
            Handshake.requireOwnOrigin(req);
            var answer = new LinkedHashMap<String, Object>();
            answer.put("account_id", req.caller().account().toString());
            answer.put("stream_id", streamId.toString());
            answer.put("stream_status", stream.status().word());
            answer.put("error", stream.lastError());
            return ApiResponse.ok(answer);
        };
    }
}
