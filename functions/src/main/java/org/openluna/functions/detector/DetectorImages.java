package org.openluna.functions.detector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.ImageBatch;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.ImageFormat;
import org.openluna.shared.blobs.PhotoHeaders;
import tools.jackson.databind.JsonNode;

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

        /**
         * The image file itself: a body sent under a base64 type ({@code image/x-jpeg-base64}, ...) is
         * decoded, whitespace skipped as the service skips it; any other is the bytes as sent. A
         * decoded body is a new array.
         */
        public byte[] fileBytes() {
            if (contentType == null || !contentType.endsWith("-base64")) {
                return bytes;
            }
            return Base64.getDecoder().decode(new String(bytes, StandardCharsets.US_ASCII).replaceAll("\\s+", ""));
        }
    }

    private DetectorImages() {}

    public static List<Image> read(ApiRequest req) {
        return read(req, false).images();
    }

    /**
     * The images of the request, and a dynamic handler's policies when they come with them: the JSON
     * body's {@code policies} field, or the multipart part named {@code policies} (LUNA's form for them).
     *
     * @param policies the policies as JSON; null when none came (and always with an image body)
     */
    public record WithPolicies(List<Image> images, JsonNode policies) {}

    public static WithPolicies readWithPolicies(ApiRequest req) {
        return read(req, true);
    }

    private static WithPolicies read(ApiRequest req, boolean policiesAllowed) {
        var contentType = req.contentType().orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        boolean isImage = ImageFormat.ofPhotoContentType(contentType).isPresent();
        if (!isImage && !contentType.equals(MultipartImages.MEDIA_TYPE) && !contentType.equals(JsonImages.MEDIA_TYPE)) {
            throw new LunaException(ErrorCode.BAD_CONTENT_TYPE);
        }
        if (req.body().length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        if (isImage) {
            return new WithPolicies(List.of(Image.of(null, contentType, req.body())), null);
        }
        WithPolicies read;
        if (contentType.equals(JsonImages.MEDIA_TYPE)) {
            var json = JsonImages.read(req.body(), policiesAllowed);
            read = new WithPolicies(json.images(), json.policies());
        } else {
            var parts = MultipartImages.read(req.header("Content-Type").orElseThrow(), req.body(), policiesAllowed);
            read = new WithPolicies(parts.images(), parts.policies() == null ? null : Json.tree(parts.policies()));
        }
        ImageBatch.requireWithinLimit(read.images().size());
        return new WithPolicies(withinPixelBudget(read.images()), read.policies());
    }

    /** The photos in order, those past {@link ImageBatch#MAX_PIXELS} together refused each on its own (32012), unread. */
    private static List<Image> withinPixelBudget(List<Image> images) {
        long total = 0;
        var kept = new ArrayList<Image>(images.size());
        for (var image : images) {
            if (image.isRefused()) {
                kept.add(image);
                continue;
            }
            long pixels;
            try {
                pixels = PhotoHeaders.pixels(image.fileBytes()).orElse(0);
            } catch (IllegalArgumentException badBase64) {
                // the service refuses it with its own error
                pixels = 0;
            }
            if (total + pixels > ImageBatch.MAX_PIXELS) {
                kept.add(Image.refused(image.filename(), new LunaException(ErrorCode.IMAGE_TOO_LARGE,
                        "the request's photos hold more than " + ImageBatch.MAX_PIXELS + " pixels together; send this one in another request")));
            } else {
                total += pixels;
                kept.add(image);
            }
        }
        return kept;
    }
}
