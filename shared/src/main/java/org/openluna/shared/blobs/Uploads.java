package org.openluna.shared.blobs;

import java.time.Clock;
import java.util.Map;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** The API's rules for an uploaded blob, read from the request: content type, non-empty body, ttl, user metadata. */
public final class Uploads {
    public static final String META_PREFIX = "X-Luna-Meta-";
    public static final String EXPIRY_HEADER = "X-Luna-Expiry-Date";
    // S3 keeps at most 2 KB of user metadata per object, and ours travels base64-encoded inside it
    private static final int MAX_META_BYTES = 1024;

    private Uploads() {}

    /** An image upload: one of the seed's image content types, with bytes that start as that format does. */
    public static Blob image(ApiRequest req, Clock clock, boolean acceptsUserMeta) {
        var format = req.contentType().flatMap(ImageFormat::ofContentType)
                .orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        requireBody(req);
        if (!format.matches(req.body())) {
            throw new LunaException(ErrorCode.BAD_IMAGE, format.contentType());
        }
        StoredImages.check(format, req.body());
        return new Blob(format.contentType(), req.body().length, Lifetime.expiryFrom(req.query(), clock).orElse(null),
                acceptsUserMeta ? userMeta(req) : Map.of());
    }

    /** An object upload: any content type, stored and echoed as given, but one must be given. */
    public static Blob object(ApiRequest req, Clock clock) {
        var contentType = req.header("Content-Type").map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        requireBody(req);
        return new Blob(contentType, req.body().length, Lifetime.expiryFrom(req.query(), clock).orElse(null), Map.of());
    }

    private static void requireBody(ApiRequest req) {
        if (req.body().length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
    }

    private static Map<String, String> userMeta(ApiRequest req) {
        var meta = req.headers().withPrefix(META_PREFIX);
        int size = meta.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 6).sum();
        if (size > MAX_META_BYTES) {
            throw new LunaException(ErrorCode.BAD_HEADER, META_PREFIX + "*: more than " + MAX_META_BYTES + " bytes in all");
        }
        return meta;
    }
}
