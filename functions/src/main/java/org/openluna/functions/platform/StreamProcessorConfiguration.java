package org.openluna.functions.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.protocol.video.VideoClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A stream processor, for the clips of {@code /6/videosdk} (ADR 0024). */
@Configuration(proxyBeanMethods = false)
public class StreamProcessorConfiguration {

    @Bean
    VideoClient videoClient(LunaSettings settings) {
        var services = settings.services();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new VideoClient(http, URI.create(services.streamProcessorUrl()), Duration.ofSeconds(services.clipTimeoutSeconds()));
    }
}
