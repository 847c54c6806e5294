package org.openluna.inference.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
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
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.DetectRequest;

/**
 * Protocol version 1 of the inference service. Bodies are msgpack, or JSON when the caller says
 * so; the answer is written in the type the caller accepts. Model runs block, so they leave the
 * event loop.
 *
 * <p>Only in a context that holds {@link InferenceOperations}: the matcher service's context in the
 * same JVM (the local stack runs both) finds this class on the classpath too, and must not serve it.
 */
@Controller("/1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = InferenceOperations.class)
public class InferenceController {
    private final InferenceOperations operations;

    public InferenceController(InferenceOperations operations) {
        this.operations = operations;
    }

    @Post(uri = "/detect", consumes = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON}, produces = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON})
    public HttpResponse<byte[]> detect(@Body byte[] body, @Header("Content-Type") String contentType, @Header(value = "Accept", defaultValue = "") String accept) {
        return answer(() -> operations.detect().run(ServiceProtocol.read(body, contentType, DetectRequest.class)), accept, contentType);
    }

    @Post(uri = "/describe", consumes = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON}, produces = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON})
    public HttpResponse<byte[]> describe(@Body byte[] body, @Header("Content-Type") String contentType, @Header(value = "Accept", defaultValue = "") String accept) {
        return answer(() -> operations.describe().run(ServiceProtocol.read(body, contentType, DescribeRequest.class)), accept, contentType);
    }

    @Get(uri = "/capabilities", produces = {ServiceProtocol.MSGPACK, ServiceProtocol.JSON})
    public HttpResponse<byte[]> capabilities(@Header(value = "Accept", defaultValue = "") String accept) {
        return answer(operations::capabilities, accept, null);
    }

    @Get(uri = "/health")
    public HttpResponse<String> health() {
        return HttpResponse.ok("ok");
    }

    private static HttpResponse<byte[]> answer(Supplier<Object> operation, String accept, String contentType) {
        var type = accept.contains(ServiceProtocol.JSON) || (accept.isEmpty() && contentType != null && contentType.startsWith(ServiceProtocol.JSON))
                ? ServiceProtocol.JSON : ServiceProtocol.MSGPACK;
        try {
            return HttpResponse.ok(ServiceProtocol.write(operation.get(), type)).contentType(type);
        } catch (ProtocolException | IllegalArgumentException e) {
            return HttpResponse.<byte[]>badRequest(e.getMessage().getBytes(StandardCharsets.UTF_8)).contentType("text/plain");
        }
    }
}
