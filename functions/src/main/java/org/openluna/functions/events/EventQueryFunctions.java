package org.openluna.functions.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openluna.functions.platform.EventStoreConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.events.EventFilterQuery;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.events.StoredEventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code GET /6/events}, {@code GET} and {@code HEAD /6/events/{event_id}} (seed l.8653-9078): the
 * caller's events in the stored shape, reduced to the fields of {@code target} (singular, as the seed
 * names it). Another account's event answers as a missing one (22030).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventStoreConfiguration.class)
public class EventQueryFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> getEvents(Events events, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = EventFilterQuery.parse(query, clock);
            var paging = Paging.from(query);
            var targets = targets(query);
            List<StoredEvent> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : events.find(req.caller().account(), filter, paging);
            return ApiResponse.ok(Map.of("events", found.stream().map(e -> StoredEventJson.write(e, targets)).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getEvent(Events events) {
        return req -> {
            var targets = targets(req.query());
            var event = events.get(req.caller().account(), Ids.pathId(req.path("event_id")));
            return ApiResponse.ok(StoredEventJson.write(event, targets));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headEvent(Events events) {
        return req -> {
            events.get(req.caller().account(), Ids.pathId(req.path("event_id")));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    private static List<String> targets(QueryParams query) {
        return query.list("target", Set.copyOf(StoredEventJson.FIELDS)).orElse(StoredEventJson.FIELDS);
    }
}
