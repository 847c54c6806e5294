package org.openluna.functions.detector;

import org.openluna.protocol.inference.Rejection;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** The API's per-image error for each kind of photo the inference service refused. */
public final class ImageErrors {
    private ImageErrors() {}

    public static LunaException of(Rejection rejection, String declaredContentType) {
        return switch (rejection.reason()) {
            case EMPTY -> new LunaException(ErrorCode.EMPTY_BODY);
            case CONTENT_TYPE_MISMATCH -> new LunaException(ErrorCode.BAD_IMAGE, declaredContentType);
            case TOO_SMALL -> new LunaException(ErrorCode.IMAGE_TOO_SMALL, rejection.detail());
            case TOO_LARGE -> new LunaException(ErrorCode.IMAGE_TOO_LARGE, rejection.detail());
            case BAD_BASE64 -> new LunaException(ErrorCode.BAD_BASE64_IMAGE);
            case CORRUPT, UNSUPPORTED_FORMAT, ESTIMATION_FAILED -> new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
        };
    }
}
