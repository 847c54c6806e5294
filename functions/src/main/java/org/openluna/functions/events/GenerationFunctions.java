package org.openluna.functions.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.DescriptorMediaType;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.handlers.Policies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/handlers/{handler_id}/events} (seed l.6184-7226): the handler's policies run on the
 * request's images or descriptor. Everything a request asks is checked before anything is stored: the
 * handler (22020), the query (12012), the body (12017, 12018, 12022, 12027, 12028), a dynamic handler's
 * policies as a creation checks them (12022, 27002, 22008); an image that cannot be used is that image's
 * error and stores nothing. The answer is 201, or 202 when an event was left to the write buffer.
 */
@Configuration(proxyBeanMethods = false)
@Import(EventsConfiguration.class)
public class GenerationFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> generateEvents(Handlers handlers, EventGeneration generation, Clock clock) {
        return req -> {
            var account = req.caller().account();
            var handler = EmittingHandler.of(req, handlers);
            var query = GenerationQuery.parse(req, clock);
            EventGeneration.Input input;
            JsonNode givenPolicies = null;
            var descriptorType = req.contentType().flatMap(DescriptorMediaType::of);
            if (descriptorType.isPresent()) {
                if (req.body().length == 0) {
                    throw new LunaException(ErrorCode.EMPTY_BODY);
                }
                input = new EventGeneration.Input.OneDescriptor(descriptorType.get().read(req.body()));
            } else {
                var read = DetectorImages.readWithPolicies(req);
                givenPolicies = read.policies();
                input = new EventGeneration.Input.Images(read.images());
            }
            var policies = policies(handlers, account, handler, givenPolicies);
            return answer(generation.run(account, handler.handlerId(), policies, query, input, req.requestId()));
        };
    }

    /**
     * {@code POST /6/handlers/{handler_id}/stream_events} (seed l.7234-8259), "experimental": events
     * from face warps a video client cut out of its frames, checked as a handler's events are, with the
     * same answer.
     */
    @Bean
    Function<ApiRequest, ApiResponse> generateStreamEvents(Handlers handlers, EventGeneration generation, Clock clock) {
        return req -> {
            var account = req.caller().account();
            var handler = EmittingHandler.of(req, handlers);
            var body = StreamEventsBody.read(req, clock);
            var policies = policies(handlers, account, handler, body.policies());
            return answer(generation.runStream(account, handler.handlerId(), policies, body, req.requestId()));
        };
    }

    private static ApiResponse answer(EventGeneration.Generated generated) {
        var body = new LinkedHashMap<String, Object>();
        body.put("images", generated.images());
        body.put("events", generated.events());
        body.put("filtered_detections", new FilteredDetections(generated.filtered()));
        return ApiResponse.json(generated.buffered() ? 202 : 201, body);
    }

    /**
     * A static handler's stored policies, or a dynamic one's from the request (LUNA's multipart part or
     * JSON field named {@code policies}), checked as a handler's creation checks them; lists are checked
     * again for a static handler, as one named may have been deleted since.
     */
    static Policies policies(Handlers handlers, UUID account, Handler handler, JsonNode given) {
        Policies policies = switch (handler.handlerType()) {
            case STATIC -> {
                if (given != null) {
                    throw Check.invalid("policies", "only a dynamic handler takes policies with its events");
                }
                yield handler.policies();
            }
            case DYNAMIC -> {
                if (given == null || given.isNull()) {
                    throw Check.invalid("policies", "field required: a dynamic handler takes its policies with each request");
                }
                yield Policies.read(given, "policies");
            }
            case LAMBDA -> throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "lambdas");
        };
        handlers.validate(account, policies);
        return policies;
    }

}
