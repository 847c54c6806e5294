package org.openluna.functions.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.functions.detector.Inference;
import org.openluna.protocol.inference.InferenceClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inference service, for the groups that detect, describe or estimate. */
@Configuration(proxyBeanMethods = false)
public class InferenceConfiguration {

    @Bean
    InferenceClient inferenceClient(LunaSettings settings) {
        var services = settings.services();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new InferenceClient(http, URI.create(services.inferenceUrl()), Duration.ofSeconds(services.inferenceTimeoutSeconds()));
    }

    @Bean
    Inference inference(InferenceClient client) {
        return new Inference(client);
    }
}
