package org.openluna.functions.events;

import java.time.Clock;
import java.util.function.Function;
import org.openluna.functions.platform.EventStoreConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Json;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StatsRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/events/stats} (seed l.8572-8646): statistics of the caller's events, {@code {"fields",
 * "stats"}}. An empty body asks for the defaults: the count of the last month's events.
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventStatsFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> getEventStats(Events events, Clock clock) {
        return req -> {
            var body = req.body().length == 0 ? Json.object() : req.jsonTree();
            var request = StatsRequest.read(body, clock);
            return ApiResponse.ok(events.stats(req.caller().account(), request));
        };
    }
}
