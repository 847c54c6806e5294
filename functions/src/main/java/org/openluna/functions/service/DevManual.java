package org.openluna.functions.service;

import java.util.List;
import java.util.Map;
import org.openluna.functions.gateway.Route;
import org.openluna.shared.api.ErrorCode;

/** The development manual served at {@code /6/docs/dev}: the routes and the error catalogue, as HTML. */
final class DevManual {
    private DevManual() {}

    static String page(List<Route> routes) {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Open LUNA: development manual</title></head><body>");
        html.append("<h1>Open LUNA platform, API version 6</h1><p>The OpenAPI document is at <a href=\"/6/docs/spec\">/6/docs/spec</a>")
                .append(" (send <code>Accept: application/x-yaml</code> for YAML).</p><h2>Routes</h2><table><tr><th>Method</th><th>Path</th><th>Operation</th></tr>");
        routes.forEach(r -> html.append("<tr><td>").append(r.method()).append("</td><td><code>").append(escape(r.template()))
                .append("</code></td><td>").append(escape(r.summary())).append("</td></tr>"));
        html.append("</table><h2>Error codes</h2><table><tr><th>error_code</th><th>status</th><th>desc</th><th>detail</th></tr>");
        for (var e : ErrorCode.values()) {
            html.append("<tr><td>").append(e.code()).append("</td><td>").append(e.status()).append("</td><td>")
                    .append(escape(e.desc())).append("</td><td>").append(escape(e.detailTemplate())).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    static String specPage(Map<String, Object> doc) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Open LUNA API</title></head><body><pre>"
                + escape(org.openluna.shared.api.Json.writeString(doc)) + "</pre></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
