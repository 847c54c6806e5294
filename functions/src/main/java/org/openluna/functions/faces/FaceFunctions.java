package org.openluna.functions.faces;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.FacesConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.api.Paging;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.faces.AttributeSource;
import org.openluna.shared.faces.Bodies;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.faces.FacePatch;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.NewFace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/faces} (seed l.2020-2272): faces of the caller's account, their one attribute and the
 * lists they are in. Matching is not here: the matcher service will follow the faces table's stream.
 */
@Configuration(proxyBeanMethods = false)
@Import(FacesConfiguration.class)
public class FaceFunctions {
    static final String URL_PREFIX = "/6/faces/";

    /** The reply to a creation, as the seed shows it (l.2044). */
    record Created(UUID faceId, String url) {
        static Created of(UUID faceId) {
            return new Created(faceId, URL_PREFIX + faceId);
        }
    }

    /**
     * A face made from a temporary attribute reads that attribute, so the token needs
     * {@code attribute:view} too; joining lists changes them, so it needs {@code list:modification}
     * (ADR 0004).
     */
    @Bean
    Function<ApiRequest, ApiResponse> createFace(Faces faces) {
        return req -> {
            var request = createBody(req).map(NewFace::fromJson).orElse(NewFace.none());
            if (request.attribute() instanceof AttributeSource.Temporary) {
                req.caller().require(PermissionObject.ATTRIBUTE, Verb.VIEW);
            }
            if (!request.lists().isEmpty()) {
                req.caller().require(PermissionObject.LIST, Verb.MODIFICATION);
            }
            return ApiResponse.created(Created.of(faces.create(req.caller().account(), request).faceId()));
        };
    }

    /** JSON or msgpack (seed l.2026), or no body at all, as the seed's own examples send. */
    private static Optional<JsonNode> createBody(ApiRequest req) {
        if (req.body().length > 0 && req.contentType().filter(MsgpackBodies.MSGPACK::equals).isPresent()) {
            return Optional.of(MsgpackBodies.tree(req.body()));
        }
        return req.optionalJsonTree();
    }

    @Bean
    Function<ApiRequest, ApiResponse> getFaces(Faces faces, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = FaceFilter.from(query, clock);
            var paging = Paging.from(query);
            var view = FaceView.from(query);
            List<Face> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : faces.find(req.caller().account(), filter, paging);
            return ApiResponse.ok(Map.of("faces", found.stream().map(view::render).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countFaces(Faces faces, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = FaceFilter.from(query, clock);
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : faces.count(req.caller().account(), filter);
            return ApiResponse.ok(Map.of("faces_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countFaceAttributes(Faces faces) {
        return req -> {
            long count = AccountQuery.excludesCaller(req.query(), req.caller()) ? 0 : faces.countWithAttribute(req.caller().account());
            return ApiResponse.ok(Map.of("faces_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteFaces(Faces faces) {
        return req -> {
            boolean ignore = req.query().flag("ignore", false);
            faces.deleteAll(req.caller().account(), Bodies.faceIds(req.jsonTree()), ignore);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getFace(Faces faces) {
        return req -> {
            var view = FaceView.from(req.query());
            return ApiResponse.ok(view.render(faces.get(req.caller().account(), faceId(req))));
        };
    }

    /** The seed gives HEAD the targets of GET (l.2195); they are checked and change nothing. */
    @Bean
    Function<ApiRequest, ApiResponse> headFace(Faces faces) {
        return req -> {
            FaceView.from(req.query());
            faces.get(req.caller().account(), faceId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> patchFace(Faces faces) {
        return req -> {
            var faceId = faceId(req);
            faces.update(req.caller().account(), faceId, FacePatch.fromJson(req.jsonTree()));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteFace(Faces faces) {
        return req -> {
            faces.delete(req.caller().account(), faceId(req));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> putFaceAttribute(Faces faces) {
        return req -> {
            var faceId = faceId(req);
            var source = AttributeSource.fromJson(req.jsonTree(), "");
            if (source instanceof AttributeSource.Temporary) {
                req.caller().require(PermissionObject.ATTRIBUTE, Verb.VIEW);
            }
            faces.setAttribute(req.caller().account(), faceId, source);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getFaceAttribute(Faces faces) {
        return req -> {
            var view = FaceAttributeView.from(req.query());
            return ApiResponse.ok(Map.of("attributes", view.render(faces.attribute(req.caller().account(), faceId(req)))));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteFaceAttribute(Faces faces) {
        return req -> {
            faces.removeAttribute(req.caller().account(), faceId(req));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getFaceAttributeSamples(Faces faces) {
        return req -> ApiResponse.ok(Map.of("samples", faces.attribute(req.caller().account(), faceId(req)).attribute().samples()));
    }

    private static UUID faceId(ApiRequest req) {
        return Ids.pathId(req.path("face_id"));
    }
}
