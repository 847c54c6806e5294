package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.ErrorCode;

@ExtendWith(RunningStack.class)
class ServiceRoutesTest {

    @Test
    void versionNamesThePlatformAndItsServices(Api api) {
        var version = api.get("/version").assertStatus(200).json();
        assertThat(version.get("luna-api").get("api").asInt()).isEqualTo(6);
        assertThat(version.has("LUNA PLATFORM")).isTrue();
    }

    @Test
    void bothHealthchecksAskTheStoresAndTimeThemselves(Api api) {
        assertThat(api.get("/6/healthcheck?include_luna_services=1").assertStatus(200).json().get("execution_time").asDouble()).isPositive();
        assertThat(api.get("/healthcheck").assertStatus(200).json().get("execution_time").asDouble()).isPositive();
        api.get("/6/healthcheck?include_luna_services=2").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void configIsForAdminsAndMasksSecrets(Api api) {
        var config = api.admin().get("/6/config").assertStatus(200).json();
        assertThat(config.get("LUNA_AUTH").get("TOKEN_SECRET").asString()).isEqualTo("********");
        assertThat(config.get("LUNA_AWS").get("SECRET_KEY").asString()).isEqualTo("********");
        api.newAccount("user").api().get("/6/config").assertError(ErrorCode.ADMIN_REQUIRED);
    }

    @Test
    void featuresSayWhatThisBuildCanDo(Api api) {
        var features = api.admin().get("/6/features").assertStatus(200).json();
        assertThat(features.get("components").get("image_store").asBoolean()).isTrue();
        assertThat(features.get("components").get("handlers").asBoolean()).isTrue();
        assertThat(features.get("components").get("events").asBoolean()).isTrue();
        assertThat(features.get("components").get("tasks").asBoolean()).isTrue();
        var estimations = features.get("estimations");
        assertThat(estimations.get("liveness").asBoolean()).isTrue();
        assertThat(estimations.get("face_quality").asBoolean()).isTrue();
        assertThat(estimations.get("deepfake").asBoolean()).isFalse();
        assertThat(estimations.get("people_counter").asBoolean()).isFalse();
        assertThat(estimations.get("body_attributes").asBoolean()).isFalse();
        assertThat(api.admin().get("/6/plugins").assertStatus(200).json().get("plugins").size()).isZero();
    }

    @Test
    void theOpenApiDocumentListsEveryRouteInJsonAndYaml(Api api) {
        var json = api.get("/6/docs/spec").assertStatus(200).json();
        for (var route : RouteTable.routes()) {
            assertThat(json.get("paths").get(route.template()).has(route.method().toLowerCase())).as(route.template()).isTrue();
        }
        assertThat(json.get("x-error-codes").size()).isEqualTo(ErrorCode.values().length);
        var yaml = api.withHeader("Accept", "application/x-yaml").get("/6/docs/spec").assertStatus(200);
        assertThat(yaml.header("Content-Type").orElseThrow()).startsWith("application/x-yaml");
        assertThat(new String(yaml.bytes(), StandardCharsets.UTF_8)).contains("openapi: \"3.0.3\"").contains("/6/tokens/{token_id}:");
        api.withHeader("Accept", "image/png").get("/6/docs/spec").assertError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void theDevManualRedirectsToItsPage(Api api) {
        var redirect = api.get("/6/docs/dev").assertStatus(302);
        assertThat(redirect.header("Location")).contains("/6/docs/dev/index.html");
        assertThat(new String(api.get("/6/docs/dev/index.html").assertStatus(200).bytes(), StandardCharsets.UTF_8)).contains("/6/tokens");
    }

    @Test
    void metricsCountRequestsInPrometheusFormat(Api api) {
        api.get("/6/healthcheck").assertStatus(200);
        var text = new String(api.get("/metrics").assertStatus(200).bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("request_count_total{path=\"/6/healthcheck\",status_code=\"200\"}");
        assertThat(text).contains("requests_seconds_count");
    }
}
