package org.openluna.functions.handlers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.HandlersConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.api.Paging;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.HandlerFilter;
import org.openluna.shared.handlers.HandlerRequest;
import org.openluna.shared.handlers.Handlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/handlers} (seed l.2964-6176): the handlers of the caller's account and the validation of
 * policies. Events are not here: {@code /6/handlers/{handler_id}/events} is served by a later part.
 * Bodies are JSON, or msgpack as {@code /6/faces} takes them; answers are msgpack for an
 * {@code Accept} that asks for it.
 */
@Configuration(proxyBeanMethods = false)
@Import(HandlersConfiguration.class)
public class HandlerFunctions {
    static final String URL_PREFIX = "/6/handlers/";

    /** The reply to a creation, as the seed shows it (l.3545-3546). */
    record Created(UUID handlerId, String url) {
        static Created of(UUID handlerId) {
            return new Created(handlerId, URL_PREFIX + handlerId);
        }
    }

    @Bean
    Function<ApiRequest, ApiResponse> createHandler(Handlers handlers) {
        return req -> {
            var handler = handlers.create(req.caller().account(), HandlerRequest.read(body(req)));
            return answer(req, 201, Created.of(handler.handlerId()));
        };
    }

    /** The seed's example answers a bare array of handlers (l.3558), not an object holding one. */
    @Bean
    Function<ApiRequest, ApiResponse> getHandlers(Handlers handlers) {
        return req -> {
            var query = req.query();
            var filter = HandlerFilter.from(query);
            var paging = Paging.from(query);
            List<Handler> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : handlers.find(req.caller().account(), filter, paging);
            return answer(req, 200, found.stream().map(HandlerView::render).toList());
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countHandlers(Handlers handlers) {
        return req -> {
            var query = req.query();
            var filter = HandlerFilter.from(query);
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : handlers.count(req.caller().account(), filter);
            return answer(req, 200, Map.of("handlers_count", count));
        };
    }

    /** Checks the policies as creating a handler would, lists included, and stores nothing. */
    @Bean
    Function<ApiRequest, ApiResponse> validateHandlerPolicies(Handlers handlers) {
        return req -> {
            handlers.validate(req.caller().account(), HandlerRequest.readPolicies(body(req)));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getHandler(Handlers handlers) {
        return req -> answer(req, 200, HandlerView.render(handlers.get(req.caller().account(), handlerId(req))));
    }

    @Bean
    Function<ApiRequest, ApiResponse> headHandler(Handlers handlers) {
        return req -> {
            handlers.get(req.caller().account(), handlerId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    /** "You cannot update a part of the handler" (seed l.5565): the body is a whole handler. */
    @Bean
    Function<ApiRequest, ApiResponse> replaceHandler(Handlers handlers) {
        return req -> {
            var handlerId = handlerId(req);
            handlers.replace(req.caller().account(), handlerId, HandlerRequest.read(body(req)));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteHandler(Handlers handlers) {
        return req -> {
            handlers.delete(req.caller().account(), handlerId(req));
            return ApiResponse.noContent();
        };
    }

    /** JSON, as the seed lists; msgpack too, read into the same tree. */
    private static JsonNode body(ApiRequest req) {
        if (req.body().length > 0 && req.contentType().filter(MsgpackBodies.MSGPACK::equals).isPresent()) {
            return MsgpackBodies.tree(req.body());
        }
        return req.jsonTree();
    }

    private static ApiResponse answer(ApiRequest req, int status, Object value) {
        return MsgpackBodies.jsonOrMsgpack(status, value, req.header("Accept"));
    }

    private static UUID handlerId(ApiRequest req) {
        return Ids.pathId(req.path("handler_id"));
    }
}
