package org.openluna.functions.detector;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

/**
 * An {@code application/json} body (ADR 0003): {@code {"images": [{"image": <base64>, "mimetype":
 * "image/jpeg", "filename": "a.jpg"}]}}, {@code mimetype} and {@code filename} optional. A malformed
 * body fails the request (12021, 12022); bad base64 or a mimetype that is not an image type fails only
 * its image. LUNA's face and body bounding boxes would skip our detector, which we cannot do, so they
 * are refused as an unavailable feature rather than ignored.
 */
final class JsonImages {
    static final String MEDIA_TYPE = "application/json";

    record Body(List<Item> images, JsonNode policies) {}

    /** The images, and the {@code policies} field a dynamic handler's events take (null when absent). */
    record Read(List<Image> images, JsonNode policies) {}

    record Item(String image, String mimetype, String filename, JsonNode faceBoundingBoxes, JsonNode bodyBoundingBoxes) {}

    private JsonImages() {}

    static List<Image> read(byte[] body) {
        var read = read(body, false);
        return read.images();
    }

    /** @param policiesAllowed whether a {@code policies} field may come with the images; otherwise it is an extra field */
    static Read read(byte[] body, boolean policiesAllowed) {
        var parsed = Json.read(body, Body.class);
        if (parsed.policies() != null && !policiesAllowed) {
            throw Check.invalid("policies", "extra fields not permitted");
        }
        return new Read(images(parsed), parsed.policies());
    }

    private static List<Image> images(Body body) {
        var items = Check.required(body.images(), "images");
        if (items.isEmpty()) {
            throw Check.invalid("images", "must not be empty");
        }
        var images = new ArrayList<Image>(items.size());
        for (int i = 0; i < items.size(); i++) {
            var item = Check.required(items.get(i), "images." + i);
            if (item.faceBoundingBoxes() != null || item.bodyBoundingBoxes() != null) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "face_bounding_boxes, body_bounding_boxes");
            }
            var text = Check.required(item.image(), "images." + i + ".image");
            images.add(decoded(item.filename(), item.mimetype(), text));
        }
        return images;
    }

    /** Whitespace is skipped, as the base64 tool wraps its lines; the service takes the same leniency for base64 bodies. */
    private static Image decoded(String filename, String mimetype, String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            return Image.refused(filename, new LunaException(ErrorCode.BAD_BASE64_IMAGE));
        }
        var image = DeclaredImageType.image(filename, mimetype, bytes);
        if (!image.isRefused() && image.contentType() != null && image.contentType().endsWith("-base64")) {
            // the field is base64 already; a base64 type would ask for a second decoding
            return Image.refused(filename, new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        }
        return image;
    }
}
