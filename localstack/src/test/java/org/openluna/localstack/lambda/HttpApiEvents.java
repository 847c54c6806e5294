package org.openluna.localstack.lambda;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Json;

/** Events as API Gateway sends them to a Lambda behind an HTTP API with payload format 2.0. */
public final class HttpApiEvents {
    private HttpApiEvents() {}

    /**
     * @param query the raw query string, empty for none
     * @param base64Body the body as API Gateway passes a binary one, or null for none
     */
    public static String event(String method, String path, String query, Map<String, String> headers, String base64Body) {
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
