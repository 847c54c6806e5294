package org.openluna.functions.streams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.StreamsConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Times;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.streams.StreamGroup;
import org.openluna.shared.streams.StreamGroups;
import org.openluna.shared.streams.StreamRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code /6/groups} and the streams-group linker (seed l.15578-15679). */
@Configuration(proxyBeanMethods = false)
@Import(StreamsConfiguration.class)
public class StreamGroupFunctions {
    private static final int MAX_LINKED = 1000;

    @Bean
    Function<ApiRequest, ApiResponse> createGroup(StreamGroups groups) {
        return req -> {
            var body = JsonFields.object(req.jsonTree(), "", Set.of("group_name", "description"));
            var name = Check.matches(Check.required(JsonFields.string(body, "group_name").orElse(null), "group_name"), "group_name",
                    StreamRequest.GROUP_NAME);
            var group = groups.create(req.caller().account(), name, description(body, ""));
            return ApiResponse.json(201, Map.of("group_id", group.groupId()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getGroups(StreamGroups groups) {
        return req -> {
            var query = req.query();
            var paging = Paging.from(query);
            List<Map<String, Object>> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : groups.find(req.caller().account(), ids(query), names(query), paging).stream().map(StreamGroupFunctions::render).toList();
            return ApiResponse.json(200, Map.of("groups", found));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countGroups(StreamGroups groups) {
        return req -> {
            var query = req.query();
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : groups.count(req.caller().account(), ids(query), names(query));
            return ApiResponse.json(200, Map.of("groups_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getGroup(StreamGroups groups) {
        return req -> ApiResponse.json(200, render(groups.get(req.caller().account(), groupId(req))));
    }

    @Bean
    Function<ApiRequest, ApiResponse> patchGroup(StreamGroups groups) {
        return req -> {
            var body = JsonFields.object(req.jsonTree(), "", Set.of("description"));
            var description = Check.required(description(body, null), "description");
            groups.describe(req.caller().account(), groupId(req), description);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteGroup(StreamGroups groups) {
        return req -> {
            groups.delete(req.caller().account(), groupId(req));
            return ApiResponse.noContent();
        };
    }

    /** It changes the streams' groups, so it asks for stream modification as well as the route's group modification. */
    @Bean
    Function<ApiRequest, ApiResponse> linkStreams(StreamGroups groups) {
        return req -> {
            req.caller().require(PermissionObject.VIDEO_STREAM, Verb.MODIFICATION);
            var body = JsonFields.object(req.jsonTree(), "", Set.of("action", "stream_ids", "group_id"));
            var action = Check.required(JsonFields.string(body, "action").orElse(null), "action");
            if (!action.equals("attach") && !action.equals("detach")) {
                throw Check.invalid("action", "value is not a valid enumeration member; permitted: 'attach', 'detach'");
            }
            var streamIds = IdList.read(Check.required(body.get("stream_ids"), "stream_ids"), "stream_ids", "stream", MAX_LINKED);
            var groupId = Check.required(JsonFields.id(body, "group_id").orElse(null), "group_id");
            groups.link(req.caller().account(), groupId, streamIds, action.equals("attach"));
            return ApiResponse.noContent();
        };
    }

    private static String description(tools.jackson.databind.JsonNode body, String fallback) {
        return Check.length(JsonFields.string(body, "description").orElse(fallback), "description", 0, StreamGroup.MAX_DESCRIPTION);
    }

    private static Set<UUID> ids(QueryParams query) {
        return query.uuids("group_ids").map(Set::copyOf).orElse(null);
    }

    private static Set<String> names(QueryParams query) {
        return query.string("group_names").map(raw -> Set.of(raw.split(","))).orElse(null);
    }

    private static Map<String, Object> render(StreamGroup group) {
        var view = new LinkedHashMap<String, Object>();
        view.put("account_id", group.accountId());
        view.put("group_name", group.name());
        view.put("group_id", group.groupId());
        view.put("description", group.description());
        view.put("create_time", Times.format(group.createTime()));
        return view;
    }

    private static UUID groupId(ApiRequest req) {
        return Ids.pathId(req.path("group_id"));
    }
}
