package org.openluna.functions.detector;

import java.util.List;
import java.util.Objects;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.ImageBatch;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.ImageFormat;

/**
 * The images of a request to a detection resource, in each body form the seed lists (l.519, l.1506):
 * one image sent under an image content type (the file, or its base64 text for the
 * {@code image/x-*-base64} types), several as {@code multipart/form-data}, or several as
 * {@code application/json} (ADR 0003). A fault of the whole body (no content type, an empty body, a
 * body that is no multipart or JSON at all, too many images) fails the request; a fault of one image
 * is kept on that image, so the others go on.
 */
public final class DetectorImages {

    /**
     * One image of the request, in order. {@code contentType} is what the client declared for it, held
     * to by the inference service, or null when the bytes are to tell the format. {@code refusal} is
     * set when the image was refused while the body was read; it is then never sent for detection.
     */
    public record Image(String filename, String contentType, byte[] bytes, LunaException refusal) {
        public Image {
            Objects.requireNonNull(bytes, "bytes");
        }

        public static Image of(String filename, String contentType, byte[] bytes) {
            return new Image(filename, contentType, bytes, null);
        }

        static Image refused(String filename, LunaException refusal) {
            return new Image(filename, null, new byte[0], Objects.requireNonNull(refusal, "refusal"));
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }

    private DetectorImages() {}

    public static List<Image> read(ApiRequest req) {
        var contentType = req.contentType().orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        boolean isImage = ImageFormat.ofPhotoContentType(contentType).isPresent();
        if (!isImage && !contentType.equals(MultipartImages.MEDIA_TYPE) && !contentType.equals(JsonImages.MEDIA_TYPE)) {
            throw new LunaException(ErrorCode.BAD_CONTENT_TYPE);
        }
        if (req.body().length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        if (isImage) {
            return List.of(Image.of(null, contentType, req.body()));
        }
        var images = contentType.equals(JsonImages.MEDIA_TYPE)
                ? JsonImages.read(req.body())
                : MultipartImages.read(req.header("Content-Type").orElseThrow(), req.body());
        ImageBatch.requireWithinLimit(images.size());
        return images;
    }
}
