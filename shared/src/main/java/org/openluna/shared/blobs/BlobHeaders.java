package org.openluna.shared.blobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;

/** The headers that describe a stored blob in GET and HEAD answers. */
public final class BlobHeaders {
    private BlobHeaders() {}

    public static Map<String, String> of(Blob blob, boolean withMeta) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", blob.contentType());
        // a HEAD answer has no body to measure, so the length is told
        headers.put("Content-Length", Long.toString(blob.size()));
        blob.expiry().ifPresent(t -> headers.put(Uploads.EXPIRY_HEADER, Times.format(t)));
        if (withMeta) {
            blob.userMeta().forEach((key, value) -> headers.put(Uploads.META_PREFIX + key, value));
        }
        return headers;
    }
}
