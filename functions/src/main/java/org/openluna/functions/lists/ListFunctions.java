package org.openluna.functions.lists;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.FacesConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.faces.Bodies;
import org.openluna.shared.faces.FaceList;
import org.openluna.shared.faces.ListFilter;
import org.openluna.shared.faces.Lists;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code /6/lists} (seed l.2280-2423): lists of the caller's account and the faces they hold. */
@Configuration(proxyBeanMethods = false)
@Import(FacesConfiguration.class)
public class ListFunctions {
    static final String URL_PREFIX = "/6/lists/";

    /** The reply to a creation, as the seed shows it (l.2287). */
    record Created(UUID listId, String url) {
        static Created of(UUID listId) {
            return new Created(listId, URL_PREFIX + listId);
        }
    }

    /** The seed's own example posts no body: every field has a default. */
    @Bean
    Function<ApiRequest, ApiResponse> createList(Lists lists) {
        return req -> {
            var userData = req.optionalJsonTree().map(body -> Bodies.listUserData(body, false)).orElse("");
            return ApiResponse.created(Created.of(lists.create(req.caller().account(), userData).listId()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getLists(Lists lists, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = ListFilter.from(query, clock);
            var paging = Paging.from(query);
            List<FaceList> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : lists.find(req.caller().account(), filter, paging);
            return ApiResponse.ok(Map.of("lists", found.stream().map(ListView::render).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countLists(Lists lists, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = ListFilter.from(query, clock);
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : lists.count(req.caller().account(), filter);
            return ApiResponse.ok(Map.of("lists_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteLists(Lists lists) {
        return req -> {
            boolean withFaces = withFaces(req.query(), req.caller());
            lists.deleteAll(req.caller().account(), Bodies.listIds(req.jsonTree()), withFaces);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getList(Lists lists) {
        return req -> ApiResponse.ok(ListView.render(lists.get(req.caller().account(), listId(req))));
    }

    @Bean
    Function<ApiRequest, ApiResponse> headList(Lists lists) {
        return req -> {
            lists.get(req.caller().account(), listId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> patchList(Lists lists) {
        return req -> {
            var listId = listId(req);
            lists.updateUserData(req.caller().account(), listId, Bodies.listUserData(req.jsonTree(), true));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteList(Lists lists) {
        return req -> {
            var listId = listId(req);
            lists.delete(req.caller().account(), listId, withFaces(req.query(), req.caller()));
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> changeListFaces(Lists lists) {
        return req -> {
            var listId = listId(req);
            var change = Bodies.facesChange(req.jsonTree());
            if (change.attaches()) {
                lists.attach(req.caller().account(), listId, change.faceIds());
            } else {
                lists.detach(req.caller().account(), listId, change.faceIds());
            }
            return ApiResponse.noContent();
        };
    }

    /** {@code with_faces=1} deletes the list's faces as well, so the token needs {@code face:deletion} too (ADR 0004). */
    private static boolean withFaces(QueryParams query, Caller caller) {
        boolean withFaces = query.flag("with_faces", false);
        if (withFaces) {
            caller.require(PermissionObject.FACE, Verb.DELETION);
        }
        return withFaces;
    }

    private static UUID listId(ApiRequest req) {
        return Ids.pathId(req.path("list_id"));
    }
}
