package org.openluna.shared.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openluna.shared.auth.Caller;

/**
 * A request to one {@code /6} operation, already routed and authenticated by the gateway: the same
 * value whether it came from the local gateway or from an API Gateway event.
 *
 * @param pathParams the values of the route template's {@code {name}} segments
 * @param caller who is asking; {@link Caller#anonymous()} on public routes
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> pathParams,
        QueryParams query,
        Headers headers,
        byte[] body,
        RequestId requestId,
        Caller caller) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParams = Map.copyOf(pathParams);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(requestId, "request id");
        Objects.requireNonNull(caller, "caller");
    }

    public String path(String name) {
        var value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The media type of the body without parameters, lower case; empty when the client sent none. */
    public Optional<String> contentType() {
        return header("Content-Type").map(ApiRequest::mediaType).filter(s -> !s.isEmpty());
    }

    public static String mediaType(String contentTypeHeader) {
        int semicolon = contentTypeHeader.indexOf(';');
        var type = semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon);
        return type.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The body parsed as JSON into the given type, after checking the content type is JSON. */
    public <T> T json(Class<T> type) {
        requireJsonContentType();
        return Json.read(body, type);
    }

    /** The body as a JSON tree, for bodies whose shape a record cannot hold (open permission keys). */
    public tools.jackson.databind.JsonNode jsonTree() {
        requireJsonContentType();
        return Json.tree(body);
    }

    /** The body as a JSON tree, or empty when there is no body: for creations whose every field has a default. */
    public Optional<tools.jackson.databind.JsonNode> optionalJsonTree() {
        return body.length == 0 ? Optional.empty() : Optional.of(jsonTree());
    }

    private void requireJsonContentType() {
        if (!contentType().map(ApiResponse.JSON::equals).orElse(false)) {
            throw new LunaException(ErrorCode.BAD_CONTENT_TYPE);
        }
    }

    public ApiRequest withCaller(Caller newCaller) {
        return new ApiRequest(method, path, pathParams, query, headers, body, requestId, newCaller);
    }

    public static ApiRequest of(String method, String path, Map<String, List<String>> query,
                                Map<String, List<String>> headers, byte[] body, RequestId requestId) {
        return new ApiRequest(method, path, Map.of(), QueryParams.of(query), Headers.of(headers), body,
                requestId, Caller.anonymous());
    }
}
