package org.openluna.shared.handlers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item of {@code storage_policy.callbacks} (seed l.3491-3517, l.4985-5005): each event that passes
 * the filters is sent to {@code url}. The seed shows only the {@code http} type with basic
 * authorization; the url is required, as a callback has nowhere to go without one.
 *
 * @param login with {@code password}, the basic authorization sent; null for none
 */
public record Callback(String type, String url, String login, String password, int timeoutSeconds, String contentType,
                       Map<String, String> headers, ObjectFilters filters, int enable) {
    static final Set<String> FIELDS = Set.of("type", "url", "authorization", "params", "filters", "enable");
    // ours: the seed prints no bounds for these
    static final int MAX_URL = 2048;
    static final int MAX_TIMEOUT_SECONDS = 3600;
    static final int MAX_CREDENTIAL = 128;
    /** RFC 9110's token characters. */
    private static final Pattern HEADER_NAME = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$");
    private static final Pattern HEADER_VALUE = Pattern.compile("^[\\t\\x20-\\x7E\\x80-\\x{10FFFF}]{0,4096}$");
    /** What the request's own framing and the callback's fields decide: a header may not say otherwise. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "connection", "content-length", "content-type", "expect",
            "upgrade", "transfer-encoding", "te", "trailer", "keep-alive", "proxy-authorization", "proxy-connection", "authorization");

    public Callback {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(filters, "filters");
    }

    /** One callback object outside a handler's policies, as a task's notification policy holds them (ADR 0020). */
    public static Callback read(tools.jackson.databind.JsonNode node, String path) {
        return read(PolicyNode.of(node, path, FIELDS));
    }

    static Callback read(PolicyNode node) {
        var type = node.choice("type", null, Set.of("http"));
        var url = node.string("url", null, 1, MAX_URL);
        if (!isHttpUrl(url)) {
            throw PolicyNode.invalid(node.path("url"), "must be an http or https URL");
        }
        var authorization = node.optionalObject("authorization", Set.of("type", "login", "password"), auth -> {
            auth.choice("type", null, Set.of("basic"));
            return new String[] {auth.string("login", null, 1, MAX_CREDENTIAL), auth.string("password", null, 1, MAX_CREDENTIAL)};
        });
        var params = node.object("params", Set.of("timeout", "content_type", "headers"));
        return new Callback(type, url,
                authorization.map(a -> a[0]).orElse(null),
                authorization.map(a -> a[1]).orElse(null),
                // the seed's validator example gives 60 seconds (l.4991)
                params.integer("timeout", 60, 1, MAX_TIMEOUT_SECONDS),
                params.choice("content_type", "application/json", Set.of("application/json", "application/msgpack")),
                headers(params),
                ObjectFilters.read(node, ObjectFilters.FIELDS),
                node.flag("enable", 1));
    }

    private static boolean isHttpUrl(String url) {
        try {
            var uri = new URI(url);
            // schemes are case-insensitive (RFC 3986 section 3.1)
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, String> headers(PolicyNode params) {
        var raw = params.raw("headers");
        var headers = new LinkedHashMap<String, String>();
        if (raw == null) {
            return headers;
        }
        var path = params.path("headers");
        if (!raw.isObject()) {
            throw PolicyNode.invalid(path, "must be an object");
        }
        raw.properties().forEach(entry -> {
            var name = entry.getKey();
            if (!HEADER_NAME.matcher(name).matches() || !entry.getValue().isString()
                    || !HEADER_VALUE.matcher(entry.getValue().asString()).matches()) {
                throw PolicyNode.invalid(path + "." + name, "must be a header name with a string value, without control characters");
            }
            if (OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw PolicyNode.invalid(path + "." + name, "is set by the platform, not by a callback");
            }
            headers.put(name, entry.getValue().asString());
        });
        return headers;
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", type);
        json.put("url", url);
        if (login != null) {
            var authorization = new LinkedHashMap<String, Object>();
            authorization.put("type", "basic");
            authorization.put("login", login);
            authorization.put("password", password);
            json.put("authorization", authorization);
        } else {
            json.put("authorization", null);
        }
        var params = new LinkedHashMap<String, Object>();
        params.put("timeout", timeoutSeconds);
        params.put("content_type", contentType);
        params.put("headers", headers);
        json.put("params", params);
        json.put("filters", filters.toJson());
        json.put("enable", enable);
        return json;
    }
}
