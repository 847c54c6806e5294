package org.openluna.shared.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What an operation answers: status, headers and body bytes, ready for any transport. */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {
    public static final String JSON = "application/json";

    public ApiResponse {
        headers = Map.copyOf(headers);
        body = Objects.requireNonNullElse(body, new byte[0]);
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, Map.of("Content-Type", JSON), Json.write(value));
    }

    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    public static ApiResponse created(Object value) {
        return json(201, value);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), new byte[0]);
    }

    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static ApiResponse error(LunaException e) {
        return json(e.error().status(), e.body());
    }

    public ApiResponse withHeader(String name, String value) {
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }

    public ApiResponse withHeaders(Map<String, String> more) {
        var copy = new LinkedHashMap<>(headers);
        copy.putAll(more);
        return new ApiResponse(status, copy, body);
    }

    /** The same answer without its body, as HEAD requires; the headers stay. */
    public ApiResponse withoutBody() {
        return new ApiResponse(status, headers, new byte[0]);
    }
}
