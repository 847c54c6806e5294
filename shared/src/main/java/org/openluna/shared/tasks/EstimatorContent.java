package org.openluna.shared.tasks;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

/**
 * An estimator task's content (seed l.9729-9761): the handler whose policies process the images, and
 * the source of the images. The source served here is a ZIP archive fetched from {@code reference}, an
 * http(s) url, with basic {@code authorization} when given; its files are taken when their path starts
 * with {@code prefix} and ends with {@code postfix}, in sub-folders too unless {@code recursive} is
 * false. {@code image_type} is the handler's: 0 photos, 1 face warps. Inline policies and the other
 * source types answer 27002 (ADR 0022).
 */
public record EstimatorContent(UUID handlerId, URI reference, String prefix, String postfix, boolean recursive, String login,
                               String password, int imageType) {
    private static final Set<String> FIELDS = Set.of("handler", "source");
    private static final Set<String> ZIP_FIELDS = Set.of("source_type", "reference", "prefix", "postfix", "recursive", "authorization",
            "image_type");
    private static final Set<String> OTHER_SOURCES = Set.of("s3", "network_disk", "ftp", "samba");

    public static EstimatorContent read(JsonNode content) {
        JsonFields.object(content, "content", FIELDS);
        var handler = Check.required(content.get("handler"), "content.handler");
        JsonFields.object(handler, "content.handler", Set.of("handler_id", "policies"));
        if (handler.has("policies")) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "an estimator task with policies of its own");
        }
        var handlerId = JsonFields.id(handler, "handler_id", "content.handler");
        if (handlerId == null) {
            throw Check.invalid("content.handler.handler_id", "field required");
        }
        var source = Check.required(content.get("source"), "content.source");
        JsonFields.object(source, "content.source", ZIP_FIELDS);
        var type = JsonFields.optionalString(source, "source_type", "content.source");
        if (type == null) {
            throw Check.invalid("content.source.source_type", "field required");
        }
        if (OTHER_SOURCES.contains(type)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "estimator sources of type " + type);
        }
        if (!type.equals("zip")) {
            throw Check.invalid("content.source.source_type", "must be one of [zip, s3, network_disk, ftp, samba]");
        }
        var reference = source.get("reference");
        if (reference == null || !reference.isString()) {
            throw Check.invalid("content.source.reference", "must be the http(s) url of a ZIP archive");
        }
        URI url;
        try {
            url = URI.create(reference.asString());
        } catch (IllegalArgumentException e) {
            throw Check.invalid("content.source.reference", "must be the http(s) url of a ZIP archive");
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https")) || url.getHost() == null) {
            throw Check.invalid("content.source.reference", "must be the http(s) url of a ZIP archive");
        }
        var recursive = source.get("recursive");
        if (recursive != null && !recursive.isBoolean()) {
            throw Check.invalid("content.source.recursive", "must be a boolean");
        }
        String login = null;
        String password = null;
        var authorization = source.get("authorization");
        if (authorization != null && !authorization.isEmpty()) {
            JsonFields.object(authorization, "content.source.authorization", Set.of("login", "password"));
            login = JsonFields.optionalString(authorization, "login", "content.source.authorization");
            password = JsonFields.optionalString(authorization, "password", "content.source.authorization");
            if (login == null || password == null) {
                throw Check.invalid("content.source.authorization", "must hold login and password");
            }
        }
        var imageType = source.get("image_type");
        if (imageType != null && (!imageType.isInt() || imageType.asInt() < 0 || imageType.asInt() > 2)) {
            throw Check.invalid("content.source.image_type", "must be one of [0, 1, 2]");
        }
        if (imageType != null && imageType.asInt() == 2) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "human body warps");
        }
        return new EstimatorContent(handlerId, url, text(source, "prefix"), text(source, "postfix"),
                recursive == null || recursive.asBoolean(), login, password, imageType == null ? 0 : imageType.asInt());
    }

    /** Whether a file of the archive, by its path there, is one to process. */
    public boolean takes(String path) {
        if (path.endsWith("/") || !path.startsWith(prefix) || !path.endsWith(postfix)) {
            return false;
        }
        return recursive || !path.substring(prefix.length()).contains("/");
    }

    private static String text(JsonNode source, String field) {
        var value = JsonFields.optionalString(source, field, "content.source");
        return value == null ? "" : value;
    }
}
