package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.handlers.Callback;
import tools.jackson.databind.JsonNode;

/**
 * One http callback waiting to be sent: where, how, and the bytes of the event as the handler
 * answered it. It is what a message of the callbacks queue holds, so the sender needs nothing else.
 *
 * @param login with {@code password}, the basic authorization to send; null for none
 */
public record QueuedCallback(String url, String login, String password, int timeoutSeconds, String contentType,
                             Map<String, String> headers, byte[] body) {
    public QueuedCallback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "content type");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The callback with this value as its body, in the callback's content type (JSON or msgpack). */
    public static QueuedCallback rendering(Callback callback, Object value) {
        byte[] body = MsgpackBodies.MSGPACK.equals(callback.contentType())
                ? MsgpackBodies.jsonOrMsgpack(200, value, java.util.Optional.of(callback.contentType())).body()
                : ApiResponse.ok(value).body();
        return of(callback, body);
    }

    public static QueuedCallback of(Callback callback, byte[] body) {
        return new QueuedCallback(callback.url(), callback.login(), callback.password(), callback.timeoutSeconds(),
                callback.contentType(), callback.headers(), body);
    }

    String toBody() {
        var message = new LinkedHashMap<String, Object>();
        message.put("url", url);
        message.put("login", login);
        message.put("password", password);
        message.put("timeout", timeoutSeconds);
        message.put("content_type", contentType);
        message.put("headers", headers);
        message.put("body", Base64.getEncoder().encodeToString(body));
        return Json.writeString(message);
    }

    static QueuedCallback fromBody(String message) {
        JsonNode node = Json.tree(message.getBytes(StandardCharsets.UTF_8));
        var headers = new LinkedHashMap<String, String>();
        node.get("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        return new QueuedCallback(node.get("url").asString(), text(node, "login"), text(node, "password"), node.get("timeout").asInt(),
                node.get("content_type").asString(), headers, Base64.getDecoder().decode(node.get("body").asString()));
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
