package org.openluna.functions.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.LunaException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway on one machine: every HTTP request on port 5000 becomes a {@link RawRequest} for the
 * {@link Gateway}, exactly as an API Gateway event does on AWS. Functions block on AWS calls, so they
 * run off the event loop.
 */
public final class LocalGateway {
    private final Gateway gateway;

    public LocalGateway(Gateway gateway) {
        this.gateway = gateway;
    }

    public Mono<ServerResponse> handle(ServerRequest request) {
        Map<String, List<String>> query;
        try {
            query = QueryStrings.parse(request.uri().getRawQuery());
        } catch (LunaException e) {
            return render(gateway.refuse(e));
        }
        var body = DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), gateway.maxBodyBytes())
                .map(LocalGateway::bytes)
                .defaultIfEmpty(new byte[0]);
        return body
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> gateway.handle(new RawRequest(request.method().name(), request.path(),
                        query, copy(request.headers().asHttpHeaders().asMultiValueMap()), bytes)))
                .onErrorResume(DataBufferLimitException.class, e -> Mono.fromSupplier(() -> gateway.handle(tooLarge(request, query))))
                .flatMap(LocalGateway::render);
    }

    /** An over-large body is never read whole; the gateway still answers it, with the request's id and route. */
    private RawRequest tooLarge(ServerRequest request, Map<String, List<String>> query) {
        var headers = copy(request.headers().asHttpHeaders().asMultiValueMap());
        return new RawRequest(request.method().name(), request.path(), query, headers, new byte[gateway.maxBodyBytes() + 1]);
    }

    private static Mono<ServerResponse> render(ApiResponse response) {
        var builder = ServerResponse.status(HttpStatusCode.valueOf(response.status()));
        response.headers().forEach(builder::header);
        if (response.body().length == 0) {
            return builder.build();
        }
        return builder.bodyValue(response.body());
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            var bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        var copy = new LinkedHashMap<String, List<String>>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
