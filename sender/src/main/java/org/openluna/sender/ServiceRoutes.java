package org.openluna.sender;

import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Sender's own HTTP routes besides the websocket (S1:7-13, S1:920-954): version, health, docs, config. */
final class ServiceRoutes {
    private static final Logger log = LoggerFactory.getLogger(ServiceRoutes.class);
    private static final Map<String, Set<String>> METHODS = Map.of(
            "/version", Set.of("GET"),
            "/healthcheck", Set.of("GET"),
            "/docs/spec", Set.of("GET"),
            "/docs/dev", Set.of("GET"),
            "/docs/dev/index.html", Set.of("GET"),
            "/config", Set.of("GET"));

    private final SenderSettings settings;
    private final EventFeed feed;
    private final Map<String, Object> spec = SenderSpec.document();
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    ServiceRoutes(SenderSettings settings, EventFeed feed) {
        this.settings = settings;
        this.feed = feed;
    }

    Set<String> methods(String path) {
        return METHODS.getOrDefault(path, Set.of());
    }

    ApiResponse answer(String path, HttpHeaders headers) {
        var accept = headers.get("Accept", "");
        return switch (path) {
            case "/version" -> ApiResponse.ok(Map.of("api", SenderVersion.API, "major", 0, "minor", 1, "patch", 0));
            case "/healthcheck" -> health();
            case "/docs/spec" -> spec(accept);
            case "/docs/dev" -> new ApiResponse(302, Map.of("Location", "/docs/dev/index.html"), new byte[0]);
            case "/docs/dev/index.html" -> ApiResponse.bytes(200, "text/html; charset=utf-8",
                    SenderSpec.manual(spec).getBytes(StandardCharsets.UTF_8));
            case "/config" -> config(accept);
            default -> throw new LunaException(ErrorCode.RESOURCE_NOT_FOUND);
        };
    }

    /** Healthy while the feed reads its queue; a Sender that cannot read SQS delivers nothing. */
    private ApiResponse health() {
        long started = System.nanoTime();
        feed.problem().ifPresent(problem -> {
            // the problem names queues and hosts: the log has it, the client only which service failed
            log.warn("health check: the events queue cannot be read: {}", problem);
            throw new LunaException(ErrorCode.SERVICE_UNAVAILABLE, "sqs");
        });
        return ApiResponse.ok(Map.of("execution_time", (System.nanoTime() - started) / 1e9));
    }

    /** JSON by default, YAML or HTML when asked, 415 (12024, S1:927) for any other Accept, as the platform's own. */
    private ApiResponse spec(String accept) {
        if (accept.contains("application/x-yaml")) {
            return ApiResponse.bytes(200, "application/x-yaml", yaml.writeValueAsBytes(spec));
        }
        if (accept.contains("text/html")) {
            return ApiResponse.bytes(200, "text/html; charset=utf-8", SenderSpec.manual(spec).getBytes(StandardCharsets.UTF_8));
        }
        if (accept.isEmpty() || accept.contains("application/json") || accept.contains("*/*")) {
            return ApiResponse.ok(spec);
        }
        throw new LunaException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    /** The settings in force (S1:937-951); the Sender holds no secret, its AWS credentials come from the environment. */
    private ApiResponse config(String accept) {
        var sender = new LinkedHashMap<String, Object>();
        sender.put("HOST", settings.host());
        sender.put("PORT", settings.port());
        sender.put("EVENTS_QUEUE", settings.queueName());
        sender.put("RECEIVE_WAIT_SECONDS", settings.waitSeconds());
        var config = Map.of("LUNA_SENDER", sender);
        if (accept.contains("text/plain")) {
            return ApiResponse.bytes(200, "text/plain", Json.write(config));
        }
        return ApiResponse.ok(config);
    }
}
