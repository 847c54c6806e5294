package org.openluna.matcher.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.openluna.protocol.ProtocolException;
import org.openluna.protocol.ServiceProtocol;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.api.LunaException;

/**
 * Protocol version 1 of the matcher service, shaped as the inference service's (ADR 0006): msgpack
 * bodies, or JSON when the caller says so, the answer in the type the caller accepts. Searches scan
 * memory for milliseconds, so they leave the event loop. Until the initial load is done a search
 * answers 503: an empty index would give wrong answers, not slow ones.
 *
 * <p>Only in a context that holds {@link MatcherOperations}: the inference service's context in the
 * same JVM finds this class on the classpath too, and must not serve it.
 */
@Controller("/1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = MatcherOperations.class)
public class MatcherController {
    private final MatcherOperations operations;

    public MatcherController(MatcherOperations operations) {
        this.operations = operations;
    }

    @Post(uri = "/search", consumes = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON}, produces = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON})
    public HttpResponse<byte[]> search(@Body byte[] body, @Header("Content-Type") String contentType, @Header(value = "Accept", defaultValue = "") String accept) {
        if (!operations.status().loaded()) {
            return HttpResponse.<byte[]>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body("the faces are still loading".getBytes(StandardCharsets.UTF_8)).contentType("text/plain");
        }
        return answer(() -> operations.search().run(ServiceProtocol.read(body, contentType, SearchFacesRequest.class)), accept, contentType);
    }

    @Get(uri = "/status", produces = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON})
    public HttpResponse<byte[]> status(@Header(value = "Accept", defaultValue = "") String accept) {
        return answer(operations::status, accept, null);
    }

    /** Healthy once loaded and while following the stream: a matcher that stopped following gives stale answers. */
    @Get(uri = "/health")
    public HttpResponse<String> health() {
        var status = operations.status();
        if (status.loaded() && status.following()) {
            return HttpResponse.ok("ok");
        }
        return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE).body(status.loaded() ? "not following the faces stream" : "loading");
    }

    private static HttpResponse<byte[]> answer(Supplier<Object> operation, String accept, String contentType) {
        var type = accept.contains(ServiceProtocol.JSON) || (accept.isEmpty() && contentType != null && contentType.startsWith(ServiceProtocol.JSON))
                ? ServiceProtocol.JSON : ServiceProtocol.MSGPACK;
        try {
            return HttpResponse.ok(ServiceProtocol.write(operation.get(), type)).contentType(type);
        } catch (ProtocolException | IllegalArgumentException | LunaException e) {
            return HttpResponse.<byte[]>badRequest(e.getMessage().getBytes(StandardCharsets.UTF_8)).contentType("text/plain");
        }
    }
}
