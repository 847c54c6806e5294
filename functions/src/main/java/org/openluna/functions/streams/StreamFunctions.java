package org.openluna.functions.streams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.StreamsConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.streams.Stream;
import org.openluna.shared.streams.StreamFilter;
import org.openluna.shared.streams.StreamLogs;
import org.openluna.shared.streams.StreamRequest;
import org.openluna.shared.streams.StreamStatuses;
import org.openluna.shared.streams.Streams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code /6/streams} (seed l.15253-15571): an account's video streams and their logs. What a stream
 * does with its video is a processor's work (ADR 0024); these routes say what should run.
 */
@Configuration(proxyBeanMethods = false)
@Import(StreamsConfiguration.class)
public class StreamFunctions {
    private static final int MAX_BULK = 1000;

    @Bean
    Function<ApiRequest, ApiResponse> createStream(Streams streams) {
        return req -> {
            var stream = streams.create(req.caller(), StreamRequest.read(req.jsonTree()));
            return ApiResponse.json(201, Map.of("stream_id", stream.streamId()));
        };
    }

    /** "The oldest streams shown first" says the summary, {@code order} defaults to {@code desc}: the parameter rules. */
    @Bean
    Function<ApiRequest, ApiResponse> getStreams(Streams streams, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = StreamFilter.from(query, clock);
            var paging = Paging.from(query);
            boolean newestFirst = order(query);
            var account = req.caller().account();
            var found = AccountQuery.excludesCaller(query, req.caller()) ? List.<Map<String, Object>>of()
                    : render(streams, account, streams.find(account, filter, paging, newestFirst));
            return ApiResponse.json(200, Map.of("streams", found));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countStreams(Streams streams, Clock clock) {
        return req -> {
            var query = req.query();
            var filter = StreamFilter.from(query, clock);
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : streams.count(req.caller().account(), filter);
            return ApiResponse.json(200, Map.of("streams_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteStreams(Streams streams) {
        return req -> {
            var body = JsonFields.object(req.jsonTree(), "", Set.of("stream_ids"));
            var ids = IdList.read(Check.required(body.get("stream_ids"), "stream_ids"), "stream_ids", "stream", MAX_BULK);
            streams.deleteAll(req.caller().account(), ids);
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getStream(Streams streams) {
        return req -> {
            var account = req.caller().account();
            var stream = streams.get(account, streamId(req));
            return ApiResponse.json(200, StreamView.render(stream, streams.groupNames(account)));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headStream(Streams streams) {
        return req -> {
            streams.get(req.caller().account(), streamId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    /** The whole stream, as PUT replaces (l.15451); it starts again from the beginning. */
    @Bean
    Function<ApiRequest, ApiResponse> replaceStream(Streams streams) {
        return req -> {
            var streamId = streamId(req);
            long version = streams.replace(req.caller(), streamId, StreamRequest.read(req.jsonTree()));
            return ApiResponse.json(200, Map.of("stream_id", streamId, "version", version));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> patchStream(Streams streams) {
        return req -> {
            var streamId = streamId(req);
            var action = req.query().string("action").orElseThrow(() -> new LunaException(ErrorCode.REQUIRED_QUERY_PARAMETER, "action"));
            switch (action) {
                case "stop" -> streams.stop(req.caller().account(), streamId);
                case "resume" -> streams.resume(req.caller().account(), streamId);
                default -> throw QueryParams.bad("action");
            }
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteStream(Streams streams) {
        return req -> {
            streams.delete(req.caller().account(), streamId(req));
            return ApiResponse.noContent();
        };
    }

    /** Newest first, as the seed says (l.15546); {@code targets} picks the fields of each entry. */
    @Bean
    Function<ApiRequest, ApiResponse> getStreamLogs(StreamLogs logs, Clock clock) {
        return req -> {
            var query = req.query();
            var targets = Targets.from(query, StreamLogView.FIELDS);
            var streamIds = query.uuids("stream_ids").map(Set::copyOf).orElse(null);
            var statuses = StreamStatuses.from(query).orElse(null);
            var logTime = TimeRange.from(query, "log_time", clock);
            var paging = Paging.from(query);
            var found = AccountQuery.excludesCaller(query, req.caller()) ? List.<Map<String, Object>>of()
                    : logs.find(req.caller().account(), streamIds, statuses, logTime, paging).stream()
                            .map(log -> targets.select(StreamLogView.render(log))).toList();
            return ApiResponse.json(200, Map.of("logs", found));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteStreamLogs(StreamLogs logs, Clock clock) {
        return req -> {
            var before = req.query().time("log_time__lt", clock)
                    .orElseThrow(() -> new LunaException(ErrorCode.REQUIRED_QUERY_PARAMETER, "log_time__lt"));
            return ApiResponse.json(200, Map.of("deleted_count", logs.deleteBefore(req.caller().account(), before)));
        };
    }

    private static List<Map<String, Object>> render(Streams streams, UUID account, List<Stream> found) {
        var groupNames = found.isEmpty() ? Map.<UUID, String>of() : streams.groupNames(account);
        return found.stream().map(stream -> StreamView.render(stream, groupNames)).toList();
    }

    static boolean order(QueryParams query) {
        return switch (query.string("order").orElse("desc")) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw QueryParams.bad("order");
        };
    }

    private static UUID streamId(ApiRequest req) {
        return Ids.pathId(req.path("stream_id"));
    }
}
