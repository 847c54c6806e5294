package org.openluna.matcher.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/** The HTTP surface of the matcher service: a Micronaut server on the given operations. Closing it stops the server. */
final class MatcherHttp implements AutoCloseable {
    private final ApplicationContext context;

    private MatcherHttp(ApplicationContext context) {
        this.context = context;
    }

    static MatcherHttp start(MatcherSettings settings, MatcherOperations operations) {
        // a plain application context, as the inference service's: Micronaut.start() adds a shutdown hook
        // of its own, which races the owner's (InferenceServer says how that hung)
        var context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "micronaut.application.name", "luna-matcher",
                        "micronaut.server.host", settings.host(),
                        "micronaut.server.port", settings.port(),
                        "micronaut.server.max-request-size", settings.maxRequestBytes()))
                .singletons(operations)
                .start();
        try {
            context.getBean(EmbeddedServer.class).start();
            return new MatcherHttp(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    int port() {
        return context.getBean(EmbeddedServer.class).getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
