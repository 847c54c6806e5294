package org.openluna.functions.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything every request goes through, written once: request id, routing (404/405/OPTIONS), body
 * limit, authentication and the route's access rule, the function call, and the rendering of errors
 * through the catalogue. An unexpected failure is a 500 whose cause is logged with the request id
 * and never sent to the client.
 */
public final class Gateway {
    private static final Logger log = LoggerFactory.getLogger(Gateway.class);

    private final Map<String, Function<ApiRequest, ApiResponse>> functions;
    private final Set<FunctionGroup> served;
    private final Authorizer authorizer;
    private final MeterRegistry metrics;
    private final int maxBodyBytes;
    private final Clock clock;

    /**
     * @param served the groups this process serves: every route of theirs must have its function, and a
     *               route of another group is not found here (on AWS, API Gateway sends it to its own group)
     */
    public Gateway(Map<String, Function<ApiRequest, ApiResponse>> functions, Set<FunctionGroup> served, Authorizer authorizer,
                   MeterRegistry metrics, int maxBodyBytes, Clock clock) {
        RouteTable.routes().stream().filter(route -> served.contains(route.group())).forEach(route -> {
            if (!functions.containsKey(route.function())) {
                throw new IllegalStateException("route " + route.method() + " " + route.template()
                        + " names function " + route.function() + ", which no bean provides");
            }
        });
        this.functions = Map.copyOf(functions);
        this.served = Set.copyOf(served);
        this.authorizer = authorizer;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public ApiResponse handle(RawRequest raw) {
        var headers = Headers.of(raw.headers());
        RequestId requestId;
        try {
            requestId = RequestId.fromHeaderOrNew(headers.first(RequestId.HEADER).orElse(null), clock);
        } catch (LunaException e) {
            return ApiResponse.error(e).withHeader(RequestId.HEADER, RequestId.generate(clock).value());
        }
        var sample = Timer.start(metrics);
        String routeLabel = "unknown";
        ApiResponse response;
        try {
            // 404 and 405 are decided over the whole table: on AWS, whatever no route names reaches the service group
            var match = RouteTable.find(raw.method(), raw.path());
            response = switch (match) {
                case RouteTable.Match.NotFound notFound -> throw new LunaException(ErrorCode.RESOURCE_NOT_FOUND);
                case RouteTable.Match.Found found when !served.contains(found.route().group()) ->
                        throw new LunaException(ErrorCode.RESOURCE_NOT_FOUND);
                case RouteTable.Match.WrongMethod wrong when raw.method().equals("OPTIONS") ->
                        new ApiResponse(200, Map.of("Allow", String.join(", ", withOptions(wrong))), new byte[0]);
                case RouteTable.Match.WrongMethod wrong -> throw new MethodNotAllowed(wrong, raw);
                case RouteTable.Match.Found found -> {
                    routeLabel = found.route().template();
                    yield invoke(found, raw, headers, requestId);
                }
            };
        } catch (MethodNotAllowed e) {
            response = ApiResponse.error(e.error).withHeader("Allow", String.join(", ", withOptions(e.match)));
        } catch (LunaException e) {
            if (e.getCause() != null && e.error().status() >= 500) {
                log.warn("request {} {} {}: {}", requestId.value(), raw.method(), raw.path(), e.detail(), e.getCause());
            }
            response = ApiResponse.error(e);
        } catch (RuntimeException e) {
            log.error("request {} {} {} failed", requestId.value(), raw.method(), raw.path(), e);
            response = ApiResponse.error(new LunaException(ErrorCode.INTERNAL_ERROR));
        }
        if (raw.method().equals("HEAD")) {
            response = response.withoutBody();
        }
        sample.stop(metrics.timer("requests", "route", routeLabel, "method", raw.method(), "status_code", Integer.toString(response.status())));
        metrics.counter("request_count", "path", routeLabel, "status_code", Integer.toString(response.status())).increment();
        return response.withHeader(RequestId.HEADER, requestId.value());
    }

    /** A request the transport could not read far enough to route (a broken query string): answered as any error is. */
    public ApiResponse refuse(LunaException error) {
        metrics.counter("request_count", "path", "unknown", "status_code", Integer.toString(error.error().status())).increment();
        return ApiResponse.error(error).withHeader(RequestId.HEADER, RequestId.generate(clock).value());
    }

    private ApiResponse invoke(RouteTable.Match.Found found, RawRequest raw, Headers headers, RequestId requestId) {
        if (raw.body() != null && raw.body().length > maxBodyBytes) {
            throw new LunaException(ErrorCode.BODY_TOO_LARGE, maxBodyBytes);
        }
        var route = found.route();
        Caller caller = route.access().readsCredentials() ? authorizer.authenticate(headers, route.access().readsAccountHeader()) : Caller.anonymous();
        route.access().enforce(caller);
        var request = new ApiRequest(raw.method(), raw.path(), found.params(), QueryParams.of(raw.query()),
                headers, raw.body(), requestId, caller);
        return functions.get(route.function()).apply(request);
    }

    private static java.util.List<String> withOptions(RouteTable.Match.WrongMethod match) {
        var methods = new java.util.TreeSet<>(match.allowed());
        methods.add("OPTIONS");
        return java.util.List.copyOf(methods);
    }

    private static final class MethodNotAllowed extends RuntimeException {
        final RouteTable.Match.WrongMethod match;
        final LunaException error;

        MethodNotAllowed(RouteTable.Match.WrongMethod match, RawRequest raw) {
            super(null, null, false, false);
            this.match = match;
            this.error = new LunaException(ErrorCode.METHOD_NOT_ALLOWED, raw.method(), raw.path());
        }
    }
}
