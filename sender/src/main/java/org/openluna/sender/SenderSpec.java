package org.openluna.sender;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.subscriptions.FilterParameter;

/** The Sender's OpenAPI document and its development manual, from the same filter list the Sender reads. */
final class SenderSpec {
    /** What the Sender itself can answer; the rest of the catalogue belongs to the platform. */
    private static final List<ErrorCode> ERRORS = List.of(ErrorCode.INTERNAL_ERROR, ErrorCode.ACCOUNT_HEADER_NOT_FOUND,
            ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.BAD_QUERY_PARAMETER, ErrorCode.BAD_HEADER, ErrorCode.METHOD_NOT_ALLOWED,
            ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.WEBSOCKET_REQUIRED, ErrorCode.SERVICE_UNAVAILABLE);
    private static final Map<String, Object> REQUEST_ID = Map.of("name", "Luna-Request-Id", "in", "header", "required", false,
            "schema", Map.of("type", "string", "pattern", "^[0-9]{10},[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"));

    private SenderSpec() {}

    static Map<String, Object> document() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Open LUNA Sender API", "version", SenderVersion.RELEASE,
                "description", "Handler events pushed over websockets, as LUNA PLATFORM 5's Sender."));
        var paths = new LinkedHashMap<String, Object>();
        paths.put("/version", get("Get versions of services", List.of(REQUEST_ID)));
        paths.put("/{api}/ws", websocket());
        paths.put("/docs/spec", get("Get service OpenApi documentation", List.of(REQUEST_ID,
                Map.of("name", "Accept", "in", "header", "schema", Map.of("type", "string",
                        "enum", List.of("application/x-yaml", "text/html", "application/json"))))));
        paths.put("/docs/dev", get("Get sphinx documentation - Development Manual (redirect)", List.of(REQUEST_ID)));
        paths.put("/config", get("Get service configuration", List.of(REQUEST_ID)));
        paths.put("/healthcheck", get("Get health of service", List.of(REQUEST_ID)));
        doc.put("paths", paths);
        doc.put("x-error-codes", ERRORS.stream().map(e -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("error_code", e.code());
            entry.put("status", e.status());
            entry.put("desc", e.desc());
            entry.put("detail", e.detailTemplate());
            return entry;
        }).toList());
        return doc;
    }

    private static Map<String, Object> websocket() {
        var params = new ArrayList<Map<String, Object>>();
        params.add(Map.of("name", "api", "in", "path", "required", true, "schema", Map.of("type", "integer", "enum", List.of(1, 2))));
        params.add(Map.of("name", "Luna-Account-Id", "in", "header", "required", true,
                "description", "Account id. Specify an account id to be noticed about events in the account.",
                "schema", Map.of("type", "string", "format", "uuid")));
        params.add(REQUEST_ID);
        for (var filter : FilterParameter.ALL) {
            var param = new LinkedHashMap<String, Object>();
            param.put("name", filter.name());
            param.put("in", "query");
            param.put("required", false);
            param.put("description", filter.description());
            param.put("example", filter.example());
            param.put("schema", Map.of("type", "string"));
            if (!filter.senderSeed()) {
                param.put("x-from", "/6/ws");
            }
            params.add(param);
        }
        return get("Subscribe to handler events over a websocket (HTTP GET upgrade); "
                + "one text frame per event: {event, handler_id, event-create-time, event-end-time, Luna-Request-id}", params);
    }

    /** One GET operation, as the path item that holds it. */
    private static Map<String, Object> get(String summary, List<Map<String, Object>> params) {
        var op = new LinkedHashMap<String, Object>();
        op.put("summary", summary);
        op.put("parameters", params);
        op.put("responses", Map.of("default", Map.of("description", "Error, in LUNA's format {error_code, desc, detail}")));
        return Map.of("get", op);
    }

    static String manual(Map<String, Object> doc) {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Open LUNA Sender: development manual</title></head><body>");
        html.append("<h1>Open LUNA Sender</h1><p>Connect a websocket to <code>/1/ws</code> with the header <code>Luna-Account-Id</code>;")
                .append(" every event of that account whose fields pass the query's filters arrives as one JSON text frame.")
                .append(" The OpenAPI document is at <a href=\"/docs/spec\">/docs/spec</a>.</p><h2>Filters</h2><table>");
        FilterParameter.ALL.forEach(f -> html.append("<tr><td><code>").append(escape(f.name())).append("</code></td><td>")
                .append(escape(f.description())).append("</td></tr>"));
        html.append("</table><h2>Document</h2><pre>").append(escape(Json.writeString(doc))).append("</pre></body></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
