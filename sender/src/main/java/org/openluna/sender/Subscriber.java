package org.openluna.sender;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openluna.shared.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connected websocket client: its subscription and the channel its messages go out on. */
final class Subscriber {
    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);

    private final Subscription subscription;
    private final Channel channel;
    private final String requestId;
    private final AtomicBoolean warnedSlow = new AtomicBoolean();

    Subscriber(Subscription subscription, Channel channel, String requestId) {
        this.subscription = subscription;
        this.channel = channel;
        this.requestId = requestId;
    }

    Subscription subscription() {
        return subscription;
    }

    Channel channel() {
        return channel;
    }

    /**
     * Writes one message. A client that reads more slowly than events come loses the events that find
     * its outgoing buffer full (Netty's high water mark), rather than holding memory or slowing the others.
     *
     * @return whether the message was handed to the channel
     */
    boolean send(String text) {
        if (!channel.isActive()) {
            return false;
        }
        if (!channel.isWritable()) {
            if (warnedSlow.compareAndSet(false, true)) {
                log.warn("subscriber {} of account {} reads too slowly; events are dropped for it", requestId, subscription.accountId());
            }
            return false;
        }
        warnedSlow.set(false);
        channel.writeAndFlush(new TextWebSocketFrame(text));
        return true;
    }
}
