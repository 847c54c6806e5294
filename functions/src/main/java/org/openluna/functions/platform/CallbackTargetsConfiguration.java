package org.openluna.functions.platform;

import java.util.List;
import org.openluna.shared.http.CallbackTargets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where callbacks may go (ADR 0016), for the groups that take callback urls: handlers and tasks. */
@Configuration(proxyBeanMethods = false)
public class CallbackTargetsConfiguration {

    /** The platform's own endpoints, which no callback may reach, and whether private networks may be called. */
    @Bean
    CallbackTargets callbackTargets(LunaSettings settings, @Value("${server.port:5000}") int gatewayPort) {
        var services = settings.services();
        return CallbackTargets.ofPlatform(settings.callbacks().privateNetworks(),
                List.of(services.inferenceUrl(), services.matcherUrl(), services.senderUrl(), services.streamProcessorUrl()), settings.aws().clients(), gatewayPort);
    }
}
