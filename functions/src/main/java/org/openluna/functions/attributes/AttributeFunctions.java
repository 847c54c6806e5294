package org.openluna.functions.attributes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.AttributesConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.attributes.AttributeTtl;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.auth.AccountQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code /6/attributes} (seed l.1876-2012): temporary attributes from external data, read back by id
 * within the caller's account only, until their ttl runs out.
 */
@Configuration(proxyBeanMethods = false)
@Import(AttributesConfiguration.class)
public class AttributeFunctions {
    static final String URL_PREFIX = "/6/attributes/";

    /** The reply to a creation, as the seed shows it (l.1916). */
    public record Created(UUID attributeId, String url) {
        public static Created of(UUID attributeId) {
            return new Created(attributeId, URL_PREFIX + attributeId);
        }
    }

    @Bean
    Function<ApiRequest, ApiResponse> createAttribute(TemporaryAttributes attributes) {
        return req -> {
            var ttl = AttributeTtl.from(req.query());
            // the seed also names multipart/form-data, but not what its parts hold (README, "not there yet")
            if (req.contentType().filter("multipart/form-data"::equals).isPresent()) {
                throw new LunaException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            }
            var attribute = FaceAttribute.fromJson(req.jsonTree());
            return ApiResponse.created(Created.of(attributes.create(req.caller().account(), attribute, ttl).attributeId()));
        };
    }

    /**
     * By ids only (attribute_ids is required). {@code account_id} narrows the answer as a filter, and
     * since attributes are reachable only from their own account, naming another account finds none;
     * it has no effect when the bare Luna-Account-Id header authenticated the caller, as the seed says.
     */
    @Bean
    Function<ApiRequest, ApiResponse> getAttributes(TemporaryAttributes attributes) {
        return req -> {
            var query = req.query();
            var ids = attributeIds(query);
            var view = AttributeView.from(query);
            var found = AccountQuery.excludesCaller(query, req.caller()) ? List.<Map<String, Object>>of()
                    : attributes.findAll(req.caller().account(), ids).stream().map(view::render).toList();
            return ApiResponse.ok(Map.of("attributes", found));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getAttribute(TemporaryAttributes attributes) {
        return req -> {
            var view = AttributeView.from(req.query());
            return ApiResponse.ok(view.render(attributes.get(req.caller().account(), attributeId(req))));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headAttribute(TemporaryAttributes attributes) {
        return req -> {
            attributes.get(req.caller().account(), attributeId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteAttribute(TemporaryAttributes attributes) {
        return req -> {
            attributes.delete(req.caller().account(), attributeId(req));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getAttributeSamples(TemporaryAttributes attributes) {
        return req -> ApiResponse.ok(Map.of("samples", attributes.get(req.caller().account(), attributeId(req)).attribute().samples()));
    }

    private static UUID attributeId(ApiRequest req) {
        return Ids.pathId(req.path("attribute_id"));
    }

    private static List<UUID> attributeIds(QueryParams query) {
        return query.uuids("attribute_ids").orElseThrow(() -> new LunaException(ErrorCode.REQUIRED_QUERY_PARAMETER, "attribute_ids"));
    }
}
