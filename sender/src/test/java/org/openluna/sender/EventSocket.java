package org.openluna.sender;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/** A websocket client as a LUNA subscriber uses one: connect with headers, read the text messages that come. */
public final class EventSocket implements AutoCloseable {
    private final WebSocket socket;
    private final BlockingQueue<String> messages;
    private final CompletableFuture<Integer> closed;

    private EventSocket(WebSocket socket, BlockingQueue<String> messages, CompletableFuture<Integer> closed) {
        this.socket = socket;
        this.messages = messages;
        this.closed = closed;
    }

    public static EventSocket connect(URI uri, Map<String, String> headers) {
        var messages = new LinkedBlockingQueue<String>();
        var closed = new CompletableFuture<Integer>();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        var socket = builder.buildAsync(uri, new Collector(messages, closed)).join();
        return new EventSocket(socket, messages, closed);
    }

    /** The next message within the timeout, or null. */
    public JsonNode next(Duration timeout) throws InterruptedException {
        var text = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return text == null ? null : Json.tree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every message that came so far. */
    public List<JsonNode> drain() {
        var texts = new ArrayList<String>();
        messages.drainTo(texts);
        return texts.stream().map(t -> Json.tree(t.getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
    }

    public CompletableFuture<Integer> closed() {
        return closed;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> messages;
        private final CompletableFuture<Integer> closed;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> messages, CompletableFuture<Integer> closed) {
            this.messages = messages;
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
