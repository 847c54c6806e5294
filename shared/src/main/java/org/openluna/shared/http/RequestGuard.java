package org.openluna.shared.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.RequestId;

/**
 * What a Netty HTTP server owes every connection before any route sees it: a request whose head and
 * body do not arrive within the deadline is answered 37002 and the connection closed (the seed's "did
 * not receive a complete request message within 60 seconds"), a connection that starts no request
 * within it is closed, and a request the codec could not read (line or headers too long, malformed)
 * is answered in the error format rather than with an empty 414 or 431, as is a request target that
 * is no URI (a broken percent-encoding, a raw space or control character).
 *
 * <p>Two handlers share one connection's state: the first, ahead of the codec, sees the first byte of
 * a request arrive; the second, right after it, sees the request complete and the answer go out.
 */
public final class RequestGuard {
    private enum State { IDLE, RECEIVING, HANDLING, ANSWERED_EARLY, UPGRADED }

    private final Duration deadline;
    private final int maxLineBytes;
    private final int maxHeaderBytes;
    private final Clock clock;
    private State state = State.IDLE;
    private ScheduledFuture<?> timer;

    private RequestGuard(Duration deadline, int maxLineBytes, int maxHeaderBytes, Clock clock) {
        this.deadline = deadline;
        this.maxLineBytes = maxLineBytes;
        this.maxHeaderBytes = maxHeaderBytes;
        this.clock = clock;
    }

    /**
     * Installs the guard around the HTTP codec named {@code codec}, whose line and header limits are
     * given so the errors can name them.
     */
    public static void install(ChannelPipeline pipeline, String codec, Duration deadline, int maxLineBytes,
                               int maxHeaderBytes, Clock clock) {
        var guard = new RequestGuard(deadline, maxLineBytes, maxHeaderBytes, clock);
        pipeline.addFirst("luna.requestArrival", guard.new Arrival());
        pipeline.addAfter(codec, "luna.requestCompletion", guard.new Completion());
    }

    private void restart(ChannelHandlerContext ctx, State next) {
        cancel();
        state = next;
        if (next == State.IDLE || next == State.RECEIVING) {
            timer = ctx.executor().schedule(() -> expire(ctx), deadline.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Runs on the connection's event loop, as everything here does, so the state needs no lock. */
    private void expire(ChannelHandlerContext ctx) {
        timer = null;
        if (state == State.RECEIVING && ctx.channel().isActive()) {
            answer(ctx.pipeline().context(Completion.class),
                    new LunaException(ErrorCode.REQUEST_TIMEOUT, deadline.toSeconds()));
        } else if (state == State.IDLE || state == State.ANSWERED_EARLY) {
            // nothing was asked, or it was answered already: there is no one to tell
            ctx.close();
        }
    }

    private void answer(ChannelHandlerContext ctx, LunaException error) {
        cancel();
        state = State.ANSWERED_EARLY;
        ApiResponse api = ApiResponse.error(error).withHeader(RequestId.HEADER, RequestId.generate(clock).value());
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(api.status()),
                Unpooled.wrappedBuffer(api.body()));
        api.headers().forEach((name, value) -> response.headers().set(name, value));
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, api.body().length);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    /** Ahead of the codec: the first byte of a request starts its deadline. */
    private final class Arrival extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            restart(ctx, State.IDLE);
            super.channelActive(ctx);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (state == State.IDLE && msg instanceof ByteBuf bytes && bytes.isReadable()) {
                restart(ctx, State.RECEIVING);
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            cancel();
            super.channelInactive(ctx);
        }
    }

    /** After the codec: the request's end stops the deadline, and the answer's end starts the next wait. */
    private final class Completion extends ChannelDuplexHandler {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (state == State.ANSWERED_EARLY) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
                ReferenceCountUtil.release(msg);
                answer(ctx, decodingError(request.decoderResult().cause()));
                return;
            }
            if (msg instanceof HttpRequest request && request.protocolVersion().majorVersion() != 1) {
                // HTTP/2 needs its own handshake, which is not served; the framework would answer an empty 400
                ReferenceCountUtil.release(msg);
                answer(ctx, new LunaException(ErrorCode.BAD_HTTP_REQUEST));
                return;
            }
            if (msg instanceof HttpRequest request && !isUri(request.uri())) {
                // the web framework would answer an empty 400 for it; this one says why
                ReferenceCountUtil.release(msg);
                answer(ctx, new LunaException(ErrorCode.BAD_REQUEST_TARGET));
                return;
            }
            if (state == State.RECEIVING && msg instanceof LastHttpContent) {
                restart(ctx, State.HANDLING);
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            int status = msg instanceof HttpResponse response ? response.status().code() : 0;
            if (status == HttpResponseStatus.SWITCHING_PROTOCOLS.code()) {
                // a websocket now: its frames are no requests
                cancel();
                state = State.UPGRADED;
            } else if (status >= 100 && status < 200) {
                // "100 Continue": the body is still to come, within the same deadline
            } else if (msg instanceof LastHttpContent) {
                if (state == State.HANDLING) {
                    restart(ctx, State.IDLE);
                } else if (state == State.RECEIVING) {
                    // answered before the body was read (413, say): the deadline then only closes
                    state = State.ANSWERED_EARLY;
                }
            }
            super.write(ctx, msg, promise);
        }

        private static boolean isUri(String target) {
            try {
                new URI(target);
                return true;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private LunaException decodingError(Throwable cause) {
            if (cause instanceof TooLongHttpLineException) {
                return new LunaException(ErrorCode.REQUEST_LINE_TOO_LONG, maxLineBytes);
            }
            if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                return new LunaException(ErrorCode.HEADERS_TOO_LARGE, maxHeaderBytes);
            }
            return new LunaException(ErrorCode.BAD_HTTP_REQUEST);
        }
    }
}
