package org.openluna.functions.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.protocol.matcher.MatcherClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matcher service, for the groups that search faces 1:N. */
@Configuration(proxyBeanMethods = false)
public class MatcherServiceConfiguration {

    @Bean
    MatcherClient matcherClient(LunaSettings settings) {
        var services = settings.services();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new MatcherClient(http, URI.create(services.matcherUrl()), Duration.ofSeconds(services.matcherTimeoutSeconds()));
    }
}
