package org.openluna.sender;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a websocket request into a subscriber. The request is judged before the upgrade, so a missing
 * or bad {@code Luna-Account-Id} or filter is answered as any LUNA error (status and JSON body) and
 * the connection never becomes a websocket.
 */
final class Handshake {
    private static final Logger log = LoggerFactory.getLogger(Handshake.class);
    /** Clients send nothing but control frames; anything larger is not one of ours. */
    private static final int MAX_FRAME_BYTES = 64 * 1024;

    private final Subscribers subscribers;

    Handshake(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, Map<String, List<String>> query, RequestId requestId) {
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            HttpAnswers.write(ctx, request, ApiResponse.error(new LunaException(ErrorCode.WEBSOCKET_REQUIRED))
                    .withHeader("Upgrade", "websocket"), requestId);
            return;
        }
        var subscription = Subscription.ofSenderRequest(headers(request), QueryParams.of(query));
        var location = "ws://" + request.headers().get(HttpHeaderNames.HOST, "127.0.0.1") + request.uri();
        var handshaker = new WebSocketServerHandshakerFactory(location, null, false, MAX_FRAME_BYTES).newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        var responseHeaders = new DefaultHttpHeaders().set(RequestId.HEADER, requestId.value());
        var channel = ctx.channel();
        // Added before the 101 goes out, so a client that has its answer is already subscribed; an event
        // written meanwhile from the feed thread is queued on this event loop and follows the 101.
        var subscriber = new Subscriber(subscription, channel, requestId.value());
        subscribers.add(subscriber);
        channel.closeFuture().addListener(closed -> subscribers.remove(subscriber));
        handshaker.handshake(channel, request, responseHeaders, channel.newPromise()).addListener(done -> {
            if (!done.isSuccess()) {
                log.info("handshake {} failed: {}", requestId.value(), done.cause().toString());
                channel.close();
            }
        });
        ctx.pipeline().replace(ctx.handler(), "subscriber-frames", new SubscriberFrames(handshaker));
        log.info("subscriber {} of account {} with filters {}", requestId.value(), subscription.accountId(), subscription.filter().names());
    }

    private static Headers headers(FullHttpRequest request) {
        var map = new java.util.LinkedHashMap<String, List<String>>();
        request.headers().names().forEach(name -> map.put(name, request.headers().getAll(name)));
        return Headers.of(map);
    }
}
