package org.openluna.shared.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.openluna.shared.queues.QueuedCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try of one http callback (seed l.3491-3517): the event POSTed to the url with the callback's
 * headers, content type and basic authorization, within its timeout and at most {@code maxSeconds}.
 * The url is asked of {@link CallbackTargets} before each try: a name may resolve elsewhere now than
 * when the handler was made. A reply other than 2xx, or none in time, is a failure the caller may try again.
 */
public final class CallbackSender {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

    public enum Outcome { DELIVERED, FAILED, REFUSED }

    // redirects are not followed: a receiver could otherwise point the platform at what CallbackTargets refuses;
    // HTTP/1.1: a receiver has no use for an "Upgrade: h2c" offer on every callback
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final CallbackTargets targets;
    private final int maxSeconds;

    /** @param maxSeconds the longest one try may take, whatever the callback's own timeout: its sender's time limit */
    public CallbackSender(CallbackTargets targets, int maxSeconds) {
        this.targets = targets;
        this.maxSeconds = maxSeconds;
    }

    public Outcome send(QueuedCallback callback) {
        var refusal = targets.refusal(URI.create(callback.url()));
        if (refusal.isPresent()) {
            LOG.warn("callback to {} not sent: {}", callback.url(), refusal.get());
            return Outcome.REFUSED;
        }
        try {
            int status = http.send(request(callback), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return Outcome.DELIVERED;
            }
            LOG.info("callback to {} answered {}", callback.url(), status);
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("callback to {} failed: {}", callback.url(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Outcome.FAILED;
    }

    private HttpRequest request(QueuedCallback callback) {
        var builder = HttpRequest.newBuilder(URI.create(callback.url()))
                .timeout(Duration.ofSeconds(Math.min(callback.timeoutSeconds(), maxSeconds)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(callback.body()));
        callback.headers().forEach(builder::header);
        builder.header("Content-Type", callback.contentType());
        if (callback.login() != null) {
            var credentials = callback.login() + ":" + callback.password();
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }
}
