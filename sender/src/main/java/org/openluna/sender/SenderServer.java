package org.openluna.sender;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.http.RequestGuard;
import org.openluna.shared.queues.MessageSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The running Sender: a Netty server for the websocket and the service routes, and the feed that
 * reads events from SQS. Closing it says goodbye to every subscriber (1001, going away), stops the
 * feed and the event loops. The SQS client stays its creator's.
 */
public final class SenderServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SenderServer.class);
    /** Requests carry no body: a GET upgrade or a service route. */
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    /** The subscription filters ride in the query, which may name many sources and handlers. */
    private static final int MAX_REQUEST_LINE_BYTES = 16384;
    private static final int MAX_HEADER_BYTES = 16384;
    /** The seed's 60 seconds for a complete request (l.75), as on the gateway. */
    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(60);
    /** Past the high mark a subscriber's events are dropped until it has read down to the low one. */
    private static final WriteBufferWaterMark SUBSCRIBER_BUFFER = new WriteBufferWaterMark(1 << 20, 4 << 20);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel listener;
    private final Subscribers subscribers;
    private final EventFeed feed;
    private final Thread feedThread;
    private final int port;

    private SenderServer(EventLoopGroup boss, EventLoopGroup workers, Channel listener, Subscribers subscribers,
                         EventFeed feed, Thread feedThread) {
        this.boss = boss;
        this.workers = workers;
        this.listener = listener;
        this.subscribers = subscribers;
        this.feed = feed;
        this.feedThread = feedThread;
        this.port = ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Listens and starts reading the queue; the queue must exist (the provisioner makes it). */
    public static SenderServer start(SenderSettings settings, SqsClient sqs, MessageSeal seal) throws InterruptedException {
        return start(settings, sqs, seal, REQUEST_DEADLINE);
    }

    /**
     * @param seal what every event on the queue must carry: the platform's, so no one else's reaches a subscriber
     * @param requestDeadline how long a request's head may take to arrive before it is answered 37002
     */
    static SenderServer start(SenderSettings settings, SqsClient sqs, MessageSeal seal, Duration requestDeadline) throws InterruptedException {
        var clock = Clock.systemUTC();
        var subscribers = new Subscribers();
        var feed = new EventFeed(sqs, settings.queueName(), settings.waitSeconds(), subscribers, seal, clock);
        var routes = new ServiceRoutes(settings, feed);
        var handshake = new Handshake(subscribers);
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            var listener = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, SUBSCRIBER_BUFFER)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline()
                                    .addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                                            .setMaxInitialLineLength(MAX_REQUEST_LINE_BYTES).setMaxHeaderSize(MAX_HEADER_BYTES)))
                                    .addLast("aggregator", new HttpObjectAggregator(MAX_REQUEST_BYTES))
                                    .addLast("endpoint", new HttpEndpoint(routes, handshake, clock));
                            RequestGuard.install(channel.pipeline(), "http", requestDeadline, MAX_REQUEST_LINE_BYTES, MAX_HEADER_BYTES, clock);
                        }
                    })
                    .bind(settings.host(), settings.port()).sync().channel();
            var feedThread = Thread.ofPlatform().name("sender-event-feed").daemon().start(feed);
            var server = new SenderServer(boss, workers, listener, subscribers, feed, feedThread);
            log.info("sender on {}:{}, reading events from {}", settings.host(), server.port, settings.queueName());
            return server;
        } catch (InterruptedException | RuntimeException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** How many websocket clients are subscribed right now. */
    public int subscriberCount() {
        return subscribers.count();
    }

    @Override
    public void close() {
        try {
            listener.close().syncUninterruptibly();
            for (var subscriber : subscribers.all()) {
                subscriber.channel().writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
                        .addListener(ChannelFutureListener.CLOSE);
            }
            feed.stop(feedThread);
        } finally {
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Runs the Sender alone; the options are those of {@link CommandLine}. */
    public static void main(String[] args) throws Exception {
        var options = CommandLine.parse(args);
        var sqs = options.sqsClient();
        var server = start(options.settings(), sqs, CommandLine.sealFromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            sqs.close();
        }, "sender-shutdown"));
    }
}
