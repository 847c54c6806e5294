package org.openluna.sender;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.RequestId;

/** Writes an {@link ApiResponse} as Netty's HTTP response, with the request's id; the one place that does. */
final class HttpAnswers {
    private HttpAnswers() {}

    static void write(ChannelHandlerContext ctx, FullHttpRequest request, ApiResponse answer, RequestId requestId) {
        var body = request.method().equals(HttpMethod.HEAD) ? new byte[0] : answer.body();
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()),
                Unpooled.wrappedBuffer(body));
        answer.headers().forEach((name, value) -> response.headers().set(name, value));
        response.headers().set(RequestId.HEADER, requestId.value());
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        // a refused handshake closes the connection: the client asked for a protocol it will not get
        boolean keepAlive = HttpUtil.isKeepAlive(request) && answer.status() < 400;
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
