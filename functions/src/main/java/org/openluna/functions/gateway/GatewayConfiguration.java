package org.openluna.functions.gateway;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.FunctionGroups;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.http.RequestGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;

@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    @Bean
    PrometheusMeterRegistry prometheus() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Bean
    Gateway gateway(Map<String, Function<ApiRequest, ApiResponse>> functions, Environment environment, Authorizer authorizer,
                    PrometheusMeterRegistry prometheus, LunaSettings settings, Clock clock) {
        return new Gateway(functions, FunctionGroups.served(environment), authorizer, prometheus, settings.gateway().maxBodyBytes(), clock);
    }

    /** SnapStart's checkpoint calls it; elsewhere it is never called. */
    @Bean
    SnapStartPriming snapStartPriming(Gateway gateway, Environment environment) {
        return new SnapStartPriming(gateway, FunctionGroups.served(environment)).register();
    }

    /** The Lambda entry: {@code spring.cloud.function.definition=apiGateway}. */
    @Bean
    Function<com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent,
            com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse> apiGateway(Gateway gateway) {
        return new ApiGatewayFunction(gateway);
    }

    /**
     * {@code /6/ws} and each stream's {@code /6/streams/{stream_id}/ws} before the router: a websocket
     * cannot be answered by a router function. Its own
     * Reactor Netty client runs on this context's resources (ADR 0002).
     */
    @Bean
    @ConditionalOnWebApplication
    HandlerMapping localEventSocket(Gateway gateway, LunaSettings settings, ReactorResourceFactory resources) {
        var client = new ReactorNettyWebSocketClient(HttpClient.create(resources.getConnectionProvider()).runOn(resources.getLoopResources()));
        var opening = new SocketOpening(gateway, new HandshakeWebSocketService(), new OpenSockets());
        var senderUrl = URI.create(settings.services().senderUrl());
        var socket = new LocalEventSocket(gateway, opening, client, senderUrl, Duration.ofSeconds(settings.gateway().websocketRecheckSeconds()));
        var streamSocket = new LocalStreamSocket(gateway, opening, client, senderUrl);
        var mapping = new SimpleUrlHandlerMapping(Map.of("/6/ws", socket, "/6/streams/*/ws", streamSocket));
        mapping.setOrder(-2);
        return mapping;
    }

    /**
     * The local gateway's HTTP limits, as API Gateway has its own: the request line and headers the
     * server properties allow ({@code server.netty.max-initial-line-length},
     * {@code server.max-http-request-header-size}), and the request deadline, all answered in the error
     * format by {@link RequestGuard}.
     */
    @Bean
    @ConditionalOnWebApplication
    NettyServerCustomizer requestGuard(LunaSettings settings, Clock clock,
                                       @Value("${server.netty.max-initial-line-length}") DataSize maxLine,
                                       @Value("${server.max-http-request-header-size}") DataSize maxHeaders) {
        var deadline = Duration.ofSeconds(settings.gateway().requestTimeoutSeconds());
        return server -> server.doOnChannelInit((observer, channel, address) -> RequestGuard.install(channel.pipeline(),
                NettyPipeline.HttpCodec, deadline, (int) maxLine.toBytes(), (int) maxHeaders.toBytes(), clock));
    }

    @Bean
    @ConditionalOnWebApplication
    RouterFunction<ServerResponse> localGateway(Gateway gateway) {
        var local = new LocalGateway(gateway);
        return RouterFunctions.route(RequestPredicates.all(), local::handle);
    }
}
