package org.openluna.functions.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.handlers.Callback;
import org.openluna.shared.http.CallbackTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The http callbacks of {@code storage_policy} (seed l.3491-3517): each event that passes a callback's
 * filters is POSTed to its url, as JSON or msgpack, with its headers and basic authorization. They never
 * hold the answer: a bounded pool sends them after it, each tried at most {@link #ATTEMPTS} times (a
 * reply other than 2xx, or none within the callback's timeout, is a failure), waiting 1 s then 2 s
 * between tries; a callback the full queue cannot take is dropped and logged. The body is the event
 * as the handler answers it. On AWS a function may be frozen once it has answered, so there callbacks
 * belong on a queue of their own (ADR 0013).
 */
final class Callbacks implements AutoCloseable {
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);
    private static final int THREADS = 4;
    private static final int QUEUE = 10_000;

    // redirects are not followed: a receiver could otherwise point the platform at what CallbackTargets refuses
    // HTTP/1.1: a receiver has no use for an "Upgrade: h2c" offer on every callback
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final CallbackTargets targets;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                var thread = new Thread(runnable, "event-callbacks");
                thread.setDaemon(true);
                return thread;
            });

    Callbacks(CallbackTargets targets) {
        this.targets = targets;
    }

    void send(Callback callback, ObjectNode event) {
        byte[] body = body(callback, event);
        try {
            pool.execute(() -> deliver(callback, body));
        } catch (RejectedExecutionException e) {
            LOG.warn("callback to {} dropped: {} callbacks are waiting", callback.url(), QUEUE);
        }
    }

    private void deliver(Callback callback, byte[] body) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            // asked again before each try: the name may resolve elsewhere now than when the handler was made
            var refusal = targets.refusal(URI.create(callback.url()));
            if (refusal.isPresent()) {
                LOG.warn("callback to {} not sent: {}", callback.url(), refusal.get());
                return;
            }
            try {
                var status = http.send(request(callback, body), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                LOG.info("callback to {} answered {} (attempt {} of {})", callback.url(), status, attempt, ATTEMPTS);
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.info("callback to {} failed: {} (attempt {} of {})", callback.url(), e.toString(), attempt, ATTEMPTS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (attempt < ATTEMPTS && !pause(attempt)) {
                return;
            }
        }
        LOG.warn("callback to {} given up after {} attempts", callback.url(), ATTEMPTS);
    }

    private static HttpRequest request(Callback callback, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(callback.url())).timeout(Duration.ofSeconds(callback.timeoutSeconds()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        callback.headers().forEach(builder::header);
        builder.header("Content-Type", callback.contentType());
        if (callback.login() != null) {
            var credentials = callback.login() + ":" + callback.password();
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private static byte[] body(Callback callback, ObjectNode event) {
        var accept = Optional.of(callback.contentType());
        return MsgpackBodies.MSGPACK.equals(callback.contentType())
                ? MsgpackBodies.jsonOrMsgpack(200, event, accept).body()
                : ApiResponse.ok(event).body();
    }

    private static boolean pause(int attempt) {
        try {
            Thread.sleep(1000L << (attempt - 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
