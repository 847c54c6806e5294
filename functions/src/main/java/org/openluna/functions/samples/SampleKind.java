package org.openluna.functions.samples;

import java.util.Arrays;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.blobs.BlobResource;
import org.openluna.shared.blobs.BlobStores;

/** The {@code samples_type} path segment: faces or bodies, each with its store and its permission. */
enum SampleKind {
    FACES("faces", PermissionObject.FACE_SAMPLE),
    BODIES("bodies", PermissionObject.BODY_SAMPLE);

    private final String segment;
    private final PermissionObject permission;

    SampleKind(String segment, PermissionObject permission) {
        this.segment = segment;
        this.permission = permission;
    }

    PermissionObject permission() { return permission; }

    BlobResource resource(BlobStores stores) {
        return this == FACES ? stores.faceSampleResource() : stores.bodySampleResource();
    }

    /** Any other segment is not a route of the API. */
    static SampleKind of(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst()
                .orElseThrow(() -> new LunaException(ErrorCode.RESOURCE_NOT_FOUND));
    }
}
