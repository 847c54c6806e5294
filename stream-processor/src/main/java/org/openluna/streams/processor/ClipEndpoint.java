package org.openluna.streams.processor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.openluna.protocol.ServiceProtocol;
import org.openluna.protocol.video.ClipRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /1/clip}: a {@link ClipRequest} in, its {@code ClipResponse} out, in msgpack (or JSON, for a person). */
final class ClipEndpoint implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(ClipEndpoint.class);

    private final ClipAnalysis analysis;

    ClipEndpoint(ClipAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            var type = exchange.getRequestHeaders().getFirst("Content-Type");
            var contentType = ServiceProtocol.JSON.equals(type) ? ServiceProtocol.JSON : ServiceProtocol.MSGPACK;
            ClipRequest request;
            try {
                request = ServiceProtocol.read(exchange.getRequestBody().readAllBytes(), contentType, ClipRequest.class);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] body;
            try {
                body = ServiceProtocol.write(analysis.analyse(request), contentType);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            } catch (RuntimeException e) {
                log.error("a clip of {} failed", request.reference(), e);
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
