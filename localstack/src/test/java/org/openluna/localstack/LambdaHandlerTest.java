package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.LunaApplication;
import org.openluna.shared.api.Json;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import tools.jackson.databind.JsonNode;

/**
 * The Lambda shape: Spring Cloud Function's own {@code FunctionInvoker}, handed a real API Gateway
 * HTTP API (payload 2.0) event, answers what the local gateway answers for the same request.
 */
@ExtendWith(RunningStack.class)
class LambdaHandlerTest {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private FunctionInvoker invoker;

    @BeforeEach
    void startTheLambdaRuntimeAgainstTheSameStores(RunningStack.Started started) throws Exception {
        var ports = started.settings().emulatorPorts();
        properties.put("MAIN_CLASS", LunaApplication.class.getName());
        properties.put("spring.cloud.function.definition", "apiGateway");
        properties.put("luna.aws.dynamodb-endpoint", "http://127.0.0.1:" + ports.dynamodb());
        properties.put("luna.aws.s3-endpoint", "http://127.0.0.1:" + ports.s3());
        properties.put("luna.aws.sqs-endpoint", "http://127.0.0.1:" + ports.sqs());
        properties.put("luna.aws.access-key", "local");
        properties.put("luna.aws.secret-key", "local");
        properties.put("luna.auth.token-secret", Files.readString(started.dataDir().resolve("token-secret")).trim());
        properties.forEach(System::setProperty);
        invoker = new FunctionInvoker();
    }

    @AfterEach
    void forgetTheProperties() {
        properties.keySet().forEach(System::clearProperty);
    }

    @Test
    void aGetEventIsAnsweredAsTheLocalGatewayAnswersIt(Api api) throws Exception {
        var requestId = "1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a";
        var local = api.admin().withHeader("Luna-Request-Id", requestId).get("/6/account?targets=login,account_type").assertStatus(200);
        var lambda = invoke(event("GET", "/6/account", "targets=login,account_type",
                Map.of("authorization", basicAdmin(), "luna-request-id", requestId), null));
        assertThat(lambda.get("statusCode").asInt()).isEqualTo(200);
        assertThat(lambda.get("headers").get("Luna-Request-Id").asString()).isEqualTo(requestId);
        assertThat(Json.tree(lambda.get("body").asString().getBytes(StandardCharsets.UTF_8))).isEqualTo(local.json());
    }

    @Test
    void aBinaryUploadThroughTheLambdaIsReadableThroughTheLocalGateway(Api api) throws Exception {
        var account = api.newAccount("user");
        var image = TestImages.jpeg();
        var auth = "Basic " + Base64.getEncoder().encodeToString((account.login() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        var created = invoke(event("POST", "/6/images", "", Map.of("authorization", auth, "content-type", "image/jpeg"),
                Base64.getEncoder().encodeToString(image)));
        assertThat(created.get("statusCode").asInt()).isEqualTo(201);
        var imageId = Json.tree(created.get("body").asString().getBytes(StandardCharsets.UTF_8)).get("image_id").asString();
        assertThat(account.api().get("/6/images/" + imageId).assertStatus(200).bytes()).isEqualTo(image);

        var fetched = invoke(event("GET", "/6/images/" + imageId, "", Map.of("authorization", auth), null));
        assertThat(fetched.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(fetched.get("body").asString())).isEqualTo(image);
    }

    @Test
    void anErrorEventAnswersTheSameErrorBody(Api api) throws Exception {
        var local = api.get("/6/no-such-route").assertStatus(404);
        var lambda = invoke(event("GET", "/6/no-such-route", "", Map.of(), null));
        assertThat(lambda.get("statusCode").asInt()).isEqualTo(404);
        var body = Json.tree(lambda.get("body").asString().getBytes(StandardCharsets.UTF_8));
        assertThat(body.get("error_code")).isEqualTo(local.json().get("error_code"));
    }

    private JsonNode invoke(String eventJson) throws Exception {
        var out = new ByteArrayOutputStream();
        invoker.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.tree(out.toByteArray());
    }

    private static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString((Api.ADMIN_LOGIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** An event as API Gateway sends it to a Lambda behind an HTTP API with payload format 2.0. */
    private static String event(String method, String path, String query, Map<String, String> headers, String base64Body) {
        var event = new LinkedHashMap<String, Object>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query);
        var allHeaders = new LinkedHashMap<String, String>(headers);
        allHeaders.put("host", "abc123.execute-api.us-east-1.amazonaws.com");
        allHeaders.put("user-agent", "python-requests/2.31.0");
        event.put("headers", allHeaders);
        event.put("requestContext", Map.of(
                "accountId", "123456789012",
                "apiId", "abc123",
                "domainName", "abc123.execute-api.us-east-1.amazonaws.com",
                "http", Map.of("method", method, "path", path, "protocol", "HTTP/1.1", "sourceIp", "203.0.113.7",
                        "userAgent", "python-requests/2.31.0"),
                "requestId", "JKJaXmPLvHcESHA=",
                "routeKey", "$default",
                "stage", "$default",
                "time", "23/Nov/2026:09:00:00 +0000",
                "timeEpoch", 1795424400000L));
        if (base64Body != null) {
            event.put("body", base64Body);
            event.put("isBase64Encoded", true);
        } else {
            event.put("isBase64Encoded", false);
        }
        return Json.writeString(event);
    }

}
