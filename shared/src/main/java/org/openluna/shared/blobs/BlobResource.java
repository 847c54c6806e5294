package org.openluna.shared.blobs;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * One kind of stored blob as the API answers for it: images, face samples, body samples or objects
 * differ only in their store, their id field, their URL and their not-found error.
 */
public final class BlobResource {
    private final BlobStore store;
    private final String idField;
    private final String urlPrefix;
    private final ErrorCode notFound;

    public BlobResource(BlobStore store, String idField, String urlPrefix, ErrorCode notFound) {
        this.store = store;
        this.idField = idField;
        this.urlPrefix = urlPrefix;
        this.notFound = notFound;
    }

    /** Stores the bytes under a new id of the account: 201 with the id and its URL. */
    public ApiResponse create(UUID account, byte[] bytes, Blob blob) {
        var id = UUID.randomUUID();
        store.put(account, id, bytes, blob);
        var body = new LinkedHashMap<String, Object>();
        body.put(idField, id.toString());
        body.put("url", urlPrefix + id);
        return ApiResponse.created(body);
    }

    public ApiResponse get(UUID account, UUID id, boolean withMeta) {
        return find(account, id, withMeta).orElseThrow(() -> new LunaException(notFound, id));
    }

    /** The blob's bytes and headers, or empty when the account has no such blob. */
    public Optional<ApiResponse> find(UUID account, UUID id, boolean withMeta) {
        return store.get(account, id).map(stored -> new ApiResponse(200, BlobHeaders.of(stored.blob(), withMeta), stored.bytes()));
    }

    public ApiResponse head(UUID account, UUID id, boolean withMeta) {
        return findHead(account, id, withMeta).orElseThrow(() -> new LunaException(notFound, id));
    }

    public Optional<ApiResponse> findHead(UUID account, UUID id, boolean withMeta) {
        return store.head(account, id).map(blob -> new ApiResponse(200, BlobHeaders.of(blob, withMeta), new byte[0]));
    }

    public ApiResponse delete(UUID account, UUID id) {
        if (!deleteIfPresent(account, id)) {
            throw new LunaException(notFound, id);
        }
        return ApiResponse.noContent();
    }

    public boolean deleteIfPresent(UUID account, UUID id) {
        return store.delete(account, id);
    }

    public LunaException notFound(UUID id) {
        return new LunaException(notFound, id);
    }
}
