package org.openluna.functions.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;

class GatewayTest {

    private static Gateway gatewayWhere(Function<ApiRequest, ApiResponse> everyFunction) {
        var functions = new HashMap<String, Function<ApiRequest, ApiResponse>>();
        RouteTable.routes().forEach(r -> functions.put(r.function(), everyFunction));
        // public routes never reach the authorizer
        return new Gateway(functions, EnumSet.allOf(FunctionGroup.class), null, new SimpleMeterRegistry(), 1024, Clock.systemUTC());
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsTextAndWithTheRequestId() {
        var gateway = gatewayWhere(req -> {
            throw new IllegalStateException("secret internals");
        });
        var response = gateway.handle(new RawRequest("GET", "/6/healthcheck", Map.of(), Map.of(), new byte[0]));
        assertThat(response.status()).isEqualTo(500);
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("{\"error_code\":1,\"desc\":\"Internal server error\",\"detail\":\"Internal server error\"}");
        assertThat(response.headers()).containsKey("Luna-Request-Id");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheFunctionRuns() {
        var gateway = gatewayWhere(req -> {
            throw new AssertionError("the function must not run");
        });
        var response = gateway.handle(new RawRequest("GET", "/6/healthcheck", Map.of(), Map.of(), new byte[1025]));
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void headAnswersHeadersWithoutABody() {
        var gateway = gatewayWhere(req -> ApiResponse.ok(Map.of("a", 1)));
        var response = gateway.handle(new RawRequest("HEAD", "/6/healthcheck", Map.of(), Map.of("Luna-Request-Id",
                List.of("1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a")), new byte[0]));
        assertThat(response.body()).isEmpty();
        assertThat(response.headers()).containsEntry("Luna-Request-Id", "1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a");
    }

    /** What reaches the service group's function on AWS for want of a route: LUNA's 404 and 405, decided over every group. */
    @Test
    void aGroupAnswersForPathsOfOtherGroupsAsTheWholeApiWould() {
        var functions = new HashMap<String, Function<ApiRequest, ApiResponse>>();
        RouteTable.routes().stream().filter(r -> r.group() == FunctionGroup.SERVICE)
                .forEach(r -> functions.put(r.function(), req -> ApiResponse.ok(Map.of())));
        var service = new Gateway(functions, EnumSet.of(FunctionGroup.SERVICE), null, new SimpleMeterRegistry(), 1024, Clock.systemUTC());

        var wrongMethod = service.handle(new RawRequest("PATCH", "/6/faces", Map.of(), Map.of(), new byte[0]));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers()).containsEntry("Allow", "DELETE, GET, OPTIONS, POST");
        assertThat(service.handle(new RawRequest("GET", "/6/nothing", Map.of(), Map.of(), new byte[0])).status()).isEqualTo(404);
        assertThat(service.handle(new RawRequest("GET", "/6/faces", Map.of(), Map.of(), new byte[0])).status())
                .as("another group's route, sent here by mistake").isEqualTo(404);
        assertThat(service.handle(new RawRequest("GET", "/6/version", Map.of(), Map.of(), new byte[0])).status()).isEqualTo(200);
    }
}
