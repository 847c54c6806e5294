package org.openluna.functions.detector;

import java.util.List;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.ImageFormat;

/**
 * The images of a detection request. A body sent under one of the seed's image content types is one
 * image; the inference service holds the bytes to that type. Multipart and JSON bodies are not read
 * yet and are refused as an unsupported media type (README, "What is not there yet").
 */
public final class DetectorImages {
    public record Image(String filename, String contentType, byte[] bytes) {}

    private DetectorImages() {}

    public static List<Image> read(ApiRequest req) {
        var contentType = req.contentType().map(ApiRequest::mediaType)
                .orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        if (ImageFormat.ofPhotoContentType(contentType).isEmpty()) {
            throw new LunaException(contentType.equals("multipart/form-data") || contentType.equals("application/json")
                    ? ErrorCode.UNSUPPORTED_MEDIA_TYPE : ErrorCode.BAD_CONTENT_TYPE);
        }
        if (req.body().length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        return List.of(new Image(null, contentType, req.body()));
    }
}
