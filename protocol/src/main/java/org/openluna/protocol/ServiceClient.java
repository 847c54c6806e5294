package org.openluna.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A msgpack-over-HTTP call to one of our services. A service that cannot be reached, times out or
 * answers with anything but 200 is a {@link ProtocolException}: the caller maps it to the API's
 * error for an unavailable service.
 */
public final class ServiceClient {
    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    public ServiceClient(HttpClient http, URI base, Duration timeout) {
        this.http = http;
        this.base = base;
        this.timeout = timeout;
    }

    public <T> T post(String path, Object message, Class<T> answer) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Content-Type", ServiceProtocol.MSGPACK)
                .header("Accept", ServiceProtocol.MSGPACK)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ServiceProtocol.write(message, ServiceProtocol.MSGPACK)))
                .build();
        return send(request, answer);
    }

    public <T> T get(String path, Class<T> answer) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", ServiceProtocol.MSGPACK).GET().build();
        return send(request, answer);
    }

    private <T> T send(HttpRequest request, Class<T> answer) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ProtocolException(request.uri() + " is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted while calling " + request.uri(), e);
        }
        if (response.statusCode() != 200) {
            throw new ProtocolException(request.uri() + " answered " + response.statusCode());
        }
        return ServiceProtocol.read(response.body(), response.headers().firstValue("Content-Type").orElse(ServiceProtocol.MSGPACK), answer);
    }
}
