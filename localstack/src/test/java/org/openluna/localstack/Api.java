package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/** A LUNA client for tests: real HTTP to the gateway, with the credentials it was given. */
final class Api {
    static final String ADMIN_LOGIN = LocalStackSettings.DEFAULT_ADMIN_LOGIN;
    static final String ADMIN_PASSWORD = LocalStackSettings.DEFAULT_ADMIN_PASSWORD;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final Map<String, String> headers;

    Api(int port) {
        this(port, Map.of());
    }

    private Api(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = Map.copyOf(headers);
    }

    int port() {
        return port;
    }

    Api withHeader(String name, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(port, copy);
    }

    Api basic(String login, String password) {
        return withHeader("Authorization", basicHeader(login, password));
    }

    static String basicHeader(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A login session of this client's Basic credentials: the {@code LUNA_AUTH=...} pair to send as a Cookie. */
    String loginCookie() {
        var cookie = post("/6/login", "application/json", new byte[0]).assertStatus(204).header("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    Api admin() {
        return basic(ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    Api bearer(String jwt) {
        return withHeader("Authorization", "Bearer " + jwt);
    }

    /** A new account of the given type, made by the admin, and a client logged in as it. */
    Account newAccount(String type) {
        var login = "u" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        var password = "pw-" + UUID.randomUUID();
        var id = admin().postJson("/6/accounts", Map.of("login", login, "password", password, "account_type", type))
                .assertStatus(201).text("account_id");
        return new Account(id, login, password, new Api(port).basic(login, password));
    }

    record Account(String id, String login, String password, Api api) {
        /** A client of the account on a token with every permission, which spares each request a password hash. */
        Api withToken() {
            var token = api.postJson("/6/tokens?grant_all_permissions=1",
                    Map.of("permissions", Map.of(), "expiration_time", "2999-01-01T00:00:00Z")).assertStatus(201).text("token");
            return api.bearer(token);
        }

        /**
         * The string of a token with these permissions that has just expired. No token is born expired
         * (ADR 0016), so this one lives three seconds, room for a loaded machine to issue it, and the
         * wait is real time.
         */
        String expiredToken(Map<String, Object> permissions) throws InterruptedException {
            var expiry = java.time.Instant.now().plusSeconds(3);
            var jwt = api.postJson("/6/tokens", Map.of("permissions", permissions, "expiration_time", expiry.toString()))
                    .assertStatus(201).text("token");
            Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), expiry).toMillis()) + 100);
            return jwt;
        }

        /** A client of the account on a token with just these permissions. */
        Api withToken(Map<String, Object> permissions) {
            var token = api.postJson("/6/tokens", Map.of("permissions", permissions, "expiration_time", "2999-01-01T00:00:00Z"))
                    .assertStatus(201).text("token");
            return api.bearer(token);
        }
    }

    Reply get(String path) {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    Reply head(String path) {
        return send("HEAD", path, null, HttpRequest.BodyPublishers.noBody());
    }

    Reply delete(String path) {
        return send("DELETE", path, null, HttpRequest.BodyPublishers.noBody());
    }

    Reply options(String path) {
        return send("OPTIONS", path, null, HttpRequest.BodyPublishers.noBody());
    }

    Reply postJson(String path, Object body) {
        return send("POST", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }

    Reply putJson(String path, Object body) {
        return send("PUT", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }

    Reply deleteJson(String path, Object body) {
        return send("DELETE", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }

    Reply patchJson(String path, Object body) {
        return send("PATCH", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(Json.write(body)));
    }

    Reply postForm(String path, MultipartForm form) {
        return post(path, form.contentType(), form.bytes());
    }

    Reply post(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, body);
        headers.forEach(builder::header);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            return new Reply(http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer, with the checks tests make of it. */
    static final class Reply {
        private final HttpResponse<byte[]> response;

        Reply(HttpResponse<byte[]> response) {
            this.response = response;
        }

        int status() {
            return response.statusCode();
        }

        byte[] bytes() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        JsonNode json() {
            return Json.tree(response.body());
        }

        String text(String field) {
            var node = json().get(field);
            assertThat(node).as("field %s of %s", field, new String(bytes(), StandardCharsets.UTF_8)).isNotNull();
            return node.asString();
        }

        Reply assertStatus(int expected) {
            assertThat(status()).as("status of an answer with body %s", new String(bytes(), StandardCharsets.UTF_8))
                    .isEqualTo(expected);
            return this;
        }

        /** The status, and the body in the catalogue's exact form. */
        Reply assertError(ErrorCode error) {
            assertStatus(error.status());
            var body = json();
            assertThat(body.get("error_code").asInt()).isEqualTo(error.code());
            assertThat(body.get("desc").asString()).isEqualTo(error.desc());
            assertThat(body.get("detail").isString()).isTrue();
            return this;
        }

        /** The error's detail names this, as a field's path. */
        Reply assertDetailContains(String text) {
            assertThat(json().get("detail").asString()).contains(text);
            return this;
        }
    }
}
