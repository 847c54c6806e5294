package org.openluna.shared.tasks;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.handlers.Policies;
import tools.jackson.databind.JsonNode;

/**
 * An estimator task's content (seed l.9729-9761): the handler whose policies process the images, or
 * the policies themselves, which a handler made for the task runs (ADR 0022); and their source. Two sources are served (ADR 0022). A ZIP archive fetched from {@code reference}, an
 * http(s) url, with basic {@code authorization} {@code {login, password}} when given. An S3 bucket
 * ({@code bucket_name}, {@code region}, an S3-compatible {@code endpoint} when not AWS's), read with
 * the keys its {@code authorization} {@code {access_key, secret_key}} gives, never with the platform's
 * own rights. Of either, the files whose path starts with {@code prefix} and ends with
 * {@code postfix} are taken, in sub-folders too unless {@code recursive} is false. {@code image_type}
 * is the handler's: 0 photos, 1 face warps. The other source types answer 27002.
 *
 * @param handlerId the caller's handler; null when the content has policies of its own
 * @param policies the policies of the content's own; null when it names a handler
 */
public record EstimatorContent(UUID handlerId, Policies policies, Source source, String prefix, String postfix, boolean recursive, int imageType) {
    /** Where the images are. */
    public sealed interface Source {
        /** The url the source is reached at, checked as a callback's; null for AWS's own S3. */
        URI endpoint();
    }

    public record Zip(URI reference, String login, String password) implements Source {
        @Override
        public URI endpoint() {
            return reference;
        }
    }

    public record S3(String bucket, String region, URI endpoint, String accessKey, String secretKey) implements Source {}

    private static final Set<String> FIELDS = Set.of("handler", "source");
    private static final Set<String> COMMON_FIELDS = Set.of("source_type", "prefix", "postfix", "recursive", "authorization", "image_type");
    private static final Set<String> OTHER_SOURCES = Set.of("network_disk", "ftp", "samba");
    private static final String DEFAULT_REGION = "us-east-1";

    public static EstimatorContent read(JsonNode content) {
        JsonFields.object(content, "content", FIELDS);
        var handler = Check.required(content.get("handler"), "content.handler");
        JsonFields.object(handler, "content.handler", Set.of("handler_id", "policies"));
        var handlerId = JsonFields.id(handler, "handler_id", "content.handler");
        if ((handlerId == null) == !handler.has("policies")) {
            throw Check.invalid("content.handler", "must hold either handler_id or policies");
        }
        var policies = handler.has("policies") ? Policies.read(handler.get("policies"), "content.handler.policies") : null;
        var source = Check.required(content.get("source"), "content.source");
        if (!source.isObject()) {
            throw Check.invalid("content.source", "must be an object");
        }
        var type = JsonFields.optionalString(source, "source_type", "content.source");
        if (type == null) {
            throw Check.invalid("content.source.source_type", "field required");
        }
        if (OTHER_SOURCES.contains(type)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "estimator sources of type " + type);
        }
        var read = switch (type) {
            case "zip" -> zip(source);
            case "s3" -> s3(source);
            default -> throw Check.invalid("content.source.source_type", "must be one of [zip, s3, network_disk, ftp, samba]");
        };
        var recursive = source.get("recursive");
        if (recursive != null && !recursive.isBoolean()) {
            throw Check.invalid("content.source.recursive", "must be a boolean");
        }
        var imageType = source.get("image_type");
        if (imageType != null && (!imageType.isInt() || imageType.asInt() < 0 || imageType.asInt() > 2)) {
            throw Check.invalid("content.source.image_type", "must be one of [0, 1, 2]");
        }
        if (imageType != null && imageType.asInt() == 2) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "human body warps");
        }
        return new EstimatorContent(handlerId, policies, read, text(source, "prefix"), text(source, "postfix"),
                recursive == null || recursive.asBoolean(), imageType == null ? 0 : imageType.asInt());
    }

    private static Zip zip(JsonNode source) {
        JsonFields.object(source, "content.source", union(COMMON_FIELDS, "reference"));
        var reference = source.get("reference");
        if (reference == null || !reference.isString()) {
            throw Check.invalid("content.source.reference", "must be the http(s) url of a ZIP archive");
        }
        var url = url(reference.asString(), "content.source.reference");
        var authorization = authorization(source, "login", "password");
        return new Zip(url, authorization == null ? null : authorization[0], authorization == null ? null : authorization[1]);
    }

    private static S3 s3(JsonNode source) {
        JsonFields.object(source, "content.source", union(COMMON_FIELDS, "bucket_name", "region", "endpoint"));
        var bucket = JsonFields.optionalString(source, "bucket_name", "content.source");
        if (bucket == null || bucket.isBlank()) {
            throw Check.invalid("content.source.bucket_name", "field required");
        }
        var endpoint = JsonFields.optionalString(source, "endpoint", "content.source");
        var region = JsonFields.optionalString(source, "region", "content.source");
        // the platform never reads a bucket with its own rights: what its role may read is other accounts' too
        var keys = authorization(source, "access_key", "secret_key");
        if (keys == null) {
            throw Check.invalid("content.source.authorization", "must hold access_key and secret_key");
        }
        return new S3(bucket, region == null ? DEFAULT_REGION : region, endpoint == null ? null : url(endpoint, "content.source.endpoint"),
                keys[0], keys[1]);
    }

    /** The two fields of {@code authorization}, or null when it is absent or empty. */
    private static String[] authorization(JsonNode source, String first, String second) {
        var authorization = source.get("authorization");
        if (authorization == null || (authorization.isObject() && authorization.isEmpty())) {
            return null;
        }
        JsonFields.object(authorization, "content.source.authorization", Set.of(first, second));
        var one = JsonFields.optionalString(authorization, first, "content.source.authorization");
        var two = JsonFields.optionalString(authorization, second, "content.source.authorization");
        if (one == null || two == null) {
            throw Check.invalid("content.source.authorization", "must hold " + first + " and " + second);
        }
        return new String[] {one, two};
    }

    private static URI url(String raw, String path) {
        URI url;
        try {
            url = URI.create(raw);
        } catch (IllegalArgumentException e) {
            throw Check.invalid(path, "must be an http(s) url");
        }
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https")) || url.getHost() == null) {
            throw Check.invalid(path, "must be an http(s) url");
        }
        return url;
    }

    private static Set<String> union(Set<String> fields, String... more) {
        var all = new java.util.HashSet<>(fields);
        all.addAll(Set.of(more));
        return all;
    }

    /** Whether a file of the source, by its path there (its key in a bucket), is one to process. */
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
