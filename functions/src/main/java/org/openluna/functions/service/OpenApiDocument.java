package org.openluna.functions.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openluna.functions.gateway.Access;
import org.openluna.functions.gateway.Route;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.auth.Authorizer;

/**
 * The OpenAPI document of the platform, built from the route table and the error catalogue each
 * time, so it cannot drift from what the gateway serves.
 */
final class OpenApiDocument {
    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {}

    static Map<String, Object> build(String version) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Open LUNA platform API", "version", version,
                "description", "A re-implementation of the LUNA PLATFORM 5 API, version 6."));
        var paths = new LinkedHashMap<String, Map<String, Object>>();
        for (Route route : RouteTable.routes()) {
            paths.computeIfAbsent(route.template(), t -> new LinkedHashMap<>())
                    .put(route.method().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of(
                        "BasicAuth", Map.of("type", "http", "scheme", "basic"),
                        "BearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"),
                        "CookieAuth", Map.of("type", "apiKey", "in", "cookie", "name", Authorizer.LOGIN_COOKIE),
                        "LunaAccountIdAuth", Map.of("type", "apiKey", "in", "header", "name", "Luna-Account-Id")),
                "schemas", Map.of("Error", Map.of("type", "object",
                        "required", List.of("error_code", "desc", "detail"),
                        "properties", Map.of(
                                "error_code", Map.of("type", "integer"),
                                "desc", Map.of("type", "string"),
                                "detail", Map.of("type", "string"))))));
        doc.put("x-error-codes", Arrays.stream(ErrorCode.values()).map(e -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("error_code", e.code());
            entry.put("status", e.status());
            entry.put("desc", e.desc());
            entry.put("detail", e.detailTemplate());
            return entry;
        }).toList());
        return doc;
    }

    private static Map<String, Object> operation(Route route) {
        var op = new LinkedHashMap<String, Object>();
        op.put("operationId", route.function());
        op.put("summary", route.summary());
        var params = new java.util.ArrayList<Map<String, Object>>();
        var matcher = PARAM.matcher(route.template());
        while (matcher.find()) {
            params.add(Map.of("name", matcher.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        params.add(Map.of("name", "Luna-Request-Id", "in", "header", "required", false,
                "schema", Map.of("type", "string", "pattern", "^[0-9]{10},[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$")));
        op.put("parameters", params);
        route.access().permission().ifPresent(p -> op.put("x-permission", p));
        op.put("security", security(route.access()));
        op.put("responses", Map.of("default", Map.of("description", "Error",
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))))));
        return op;
    }

    /** The schemes a route takes (ADR 0016); the bare header only where the deployment turns it on. */
    private static List<Map<String, Object>> security(Access access) {
        if (access.kind() == Access.Kind.PUBLIC) {
            return List.of();
        }
        var schemes = new java.util.ArrayList<Map<String, Object>>();
        if (access.kind() == Access.Kind.OPTIONAL) {
            schemes.add(Map.of());
        }
        schemes.add(Map.of("BasicAuth", List.of()));
        if (access.credentials() != Access.Credentials.PASSWORD) {
            schemes.add(Map.of("CookieAuth", List.of()));
        }
        if (access.credentials() == Access.Credentials.ANY || access.credentials() == Access.Credentials.SECRET) {
            schemes.add(Map.of("BearerAuth", List.of()));
        }
        if (access.credentials() == Access.Credentials.ANY && access.readsAccountHeader()) {
            schemes.add(Map.of("LunaAccountIdAuth", List.of()));
        }
        return schemes;
    }
}
