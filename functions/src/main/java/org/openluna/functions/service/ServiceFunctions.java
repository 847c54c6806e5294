package org.openluna.functions.service;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.functions.platform.OperationsConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.health.HealthCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Service routes: version, health, configuration, features, plugins, documentation, metrics. */
@Configuration(proxyBeanMethods = false)
@Import(OperationsConfiguration.class)
public class ServiceFunctions {
    static final String VERSION = "0.1.0";
    private static final String MASK = "********";

    /** In this order in every answer: a {@code Map.of} would iterate in an order that changes from one JVM to the next. */
    record PlatformRelease(int major, int minor, int patch) {}

    record ServiceRelease(int api, int major, int minor, int patch) {}

    @Bean
    Function<ApiRequest, ApiResponse> getVersion() {
        return req -> {
            var versions = new LinkedHashMap<String, Object>();
            versions.put("LUNA PLATFORM", new PlatformRelease(5, 0, 0));
            var ours = new ServiceRelease(6, 0, 1, 0);
            List.of("luna-api", "luna-accounts", "luna-image-store-images", "luna-image-store-faces-samples",
                    "luna-image-store-bodies-samples").forEach(service -> versions.put(service, ours));
            return ApiResponse.ok(versions);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getHealth(HealthCheck health) {
        return req -> {
            req.query().flag("include_luna_services", false);
            long started = System.nanoTime();
            health.check();
            return ApiResponse.ok(Map.of("execution_time", (System.nanoTime() - started) / 1e9));
        };
    }

    /** The settings in force, secrets masked; admins only, since names of stores are an attacker's map. */
    @Bean
    Function<ApiRequest, ApiResponse> getConfig(LunaSettings settings) {
        return req -> {
            req.caller().requireAdmin();
            var aws = new LinkedHashMap<String, Object>();
            aws.put("REGION", settings.aws().region());
            aws.put("DYNAMODB_ENDPOINT", settings.aws().clients().dynamodb().map(Object::toString).orElse(null));
            aws.put("S3_ENDPOINT", settings.aws().clients().s3().map(Object::toString).orElse(null));
            aws.put("SQS_ENDPOINT", settings.aws().clients().sqs().map(Object::toString).orElse(null));
            aws.put("ACCESS_KEY", settings.aws().accessKey() == null ? null : MASK);
            aws.put("SECRET_KEY", settings.aws().secretKey() == null ? null : MASK);
            var auth = new LinkedHashMap<String, Object>();
            auth.put("TOKEN_SECRET", MASK);
            auth.put("BCRYPT_COST", settings.auth().bcryptCost());
            auth.put("ACCOUNT_ID_HEADER_ALONE", settings.auth().accountIdHeaderAlone() ? 1 : 0);
            auth.put("OPEN_REGISTRATION", settings.auth().openRegistration() ? 1 : 0);
            auth.put("SESSION_HOURS", settings.auth().sessionHours());
            var config = new LinkedHashMap<String, Object>();
            config.put("LUNA_AWS", aws);
            config.put("LUNA_RESOURCE_PREFIX", settings.resourcePrefix());
            config.put("LUNA_AUTH", auth);
            config.put("LUNA_GATEWAY", Map.of("MAX_BODY_BYTES", settings.gateway().maxBodyBytes()));
            if (accepts(req, "text/plain")) {
                return ApiResponse.bytes(200, "text/plain", Json.write(config));
            }
            return ApiResponse.ok(config);
        };
    }

    /** What this build can do, so that clients hide what it cannot (seed l.14936-14958). */
    @Bean
    Function<ApiRequest, ApiResponse> getFeatures() {
        return req -> {
            var estimations = new LinkedHashMap<String, Object>();
            estimations.put("people_counter", false);
            // the licence feature behind /6/iso (seed l.1503, "ISO licensing feature"): /6/iso answers with
            // real measurements, and the checks it cannot make are absent from its list, never faked. A
            // handler's face_quality policy takes the checks made here and refuses the others (ADR 0011);
            // the detector's estimate_face_quality is not served yet.
            estimations.put("face_quality", true);
            estimations.put("body_attributes", false);
            // /6/liveness runs a real model; the inference service does not start without it
            estimations.put("liveness", true);
            estimations.put("deepfake", false);
            var components = new LinkedHashMap<String, Object>();
            // handlers produce events, stored in DynamoDB and listed by /6/events (ADR 0013)
            components.put("events", true);
            // /6/tasks, run by the task functions through their queues (ADR 0020)
            components.put("tasks", true);
            // /6/ws relays the Sender (ADR 0012), which handlers' events reach through its queue
            components.put("sender", true);
            components.put("image_store", true);
            components.put("handlers", true);
            // /6/streams run on stream processors, /6/videosdk's clips too (ADR 0024)
            components.put("video_analytics", true);
            components.put("lambdas", false);
            var features = new LinkedHashMap<String, Object>();
            features.put("license", true);
            features.put("estimations", estimations);
            features.put("components", components);
            return ApiResponse.ok(features);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getPlugins() {
        return req -> ApiResponse.ok(Map.of("plugins", List.of()));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSpec() {
        var yaml = YAMLMapper.builder().build();
        return req -> {
            var accept = req.header("Accept").orElse("application/json");
            var doc = OpenApiDocument.build(VERSION);
            if (accept.contains("application/x-yaml")) {
                return ApiResponse.bytes(200, "application/x-yaml", yaml.writeValueAsBytes(doc));
            }
            if (accept.contains("text/html")) {
                return ApiResponse.bytes(200, "text/html; charset=utf-8", DevManual.specPage(doc).getBytes(StandardCharsets.UTF_8));
            }
            if (accept.contains("application/json") || accept.contains("*/*")) {
                return ApiResponse.ok(doc);
            }
            throw new LunaException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getDevDocs() {
        return req -> new ApiResponse(302, Map.of("Location", "/6/docs/dev/index.html"), new byte[0]);
    }

    @Bean
    Function<ApiRequest, ApiResponse> getDevManual() {
        return req -> ApiResponse.bytes(200, "text/html; charset=utf-8",
                DevManual.page(RouteTable.routes()).getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getMetrics(PrometheusMeterRegistry prometheus) {
        return req -> ApiResponse.bytes(200, "text/plain; version=0.0.4; charset=utf-8",
                prometheus.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean accepts(ApiRequest req, String type) {
        return req.header("Accept").map(a -> a.contains(type)).orElse(false);
    }
}
