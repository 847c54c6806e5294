package org.openluna.sender;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every HTTP request of the Sender: the websocket paths go to the {@link Handshake}, the service
 * routes (version, health, docs, config) to {@link ServiceRoutes}. Unknown paths are 404, wrong
 * methods 405, in LUNA's error format; an unexpected failure is a 500 whose cause is only logged.
 */
final class HttpEndpoint extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);
    /** The API version prefixes of the websocket: 1 as /version says, 2 as the seed's client example asks (S1:38). */
    static final Set<String> WEBSOCKET_PATHS = Set.of("/1/ws", "/2/ws");

    private final ServiceRoutes service;
    private final Handshake handshake;
    private final Clock clock;

    HttpEndpoint(ServiceRoutes service, Handshake handshake, Clock clock) {
        this.service = service;
        this.handshake = handshake;
        this.clock = clock;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        RequestId requestId;
        try {
            requestId = RequestId.fromHeaderOrNew(request.headers().get(RequestId.HEADER), clock);
        } catch (LunaException e) {
            HttpAnswers.write(ctx, request, ApiResponse.error(e), RequestId.generate(clock));
            return;
        }
        var uri = new QueryStringDecoder(request.uri());
        var path = uri.path().length() > 1 && uri.path().endsWith("/") ? uri.path().substring(0, uri.path().length() - 1) : uri.path();
        var method = request.method().name();
        try {
            if (WEBSOCKET_PATHS.contains(path)) {
                if (method.equals("GET")) {
                    handshake.upgrade(ctx, request, uri.parameters(), requestId);
                    return;
                }
                answerWrongMethod(ctx, request, method, path, Set.of("GET"), requestId);
                return;
            }
            var allowed = service.methods(path);
            if (allowed.isEmpty()) {
                throw new LunaException(ErrorCode.RESOURCE_NOT_FOUND);
            }
            if (!allowed.contains(method) && !(method.equals("HEAD") && allowed.contains("GET"))) {
                answerWrongMethod(ctx, request, method, path, allowed, requestId);
                return;
            }
            HttpAnswers.write(ctx, request, service.answer(path, request.headers()), requestId);
        } catch (LunaException e) {
            HttpAnswers.write(ctx, request, ApiResponse.error(e), requestId);
        } catch (RuntimeException e) {
            log.error("request {} {} {} failed", requestId.value(), method, path, e);
            HttpAnswers.write(ctx, request, ApiResponse.error(new LunaException(ErrorCode.INTERNAL_ERROR)), requestId);
        }
    }

    private static void answerWrongMethod(ChannelHandlerContext ctx, FullHttpRequest request, String method, String path,
                                          Set<String> allowed, RequestId requestId) {
        var methods = new TreeSet<>(allowed);
        methods.add("OPTIONS");
        var allow = String.join(", ", methods);
        var answer = method.equals("OPTIONS")
                ? new ApiResponse(200, Map.of("Allow", allow), new byte[0])
                : ApiResponse.error(new LunaException(ErrorCode.METHOD_NOT_ALLOWED, method, path)).withHeader("Allow", allow);
        HttpAnswers.write(ctx, request, answer, requestId);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.warn("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
