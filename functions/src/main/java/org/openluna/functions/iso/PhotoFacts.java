package org.openluna.functions.iso;

import java.util.Arrays;
import java.util.Optional;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.shared.blobs.ImageFormat;
import org.openluna.shared.clients.inference.PhotoResult;

/**
 * What the image-level checks look at: the file's format as {@code image_format} names it, and the
 * upright size the inference service decoded.
 *
 * @param format JPEG, PNG, BMP, TIFF or PPM; null when neither the declared type nor the bytes tell
 */
record PhotoFacts(String format, int width, int height) {

    /**
     * The declared type is the format: the inference service refuses a body that is not what its
     * Content-Type says (12026) before any check runs. Without one, the file's signature tells.
     */
    static PhotoFacts of(DetectorImages.Image image, PhotoResult result) {
        var format = Optional.ofNullable(image.contentType()).flatMap(ImageFormat::ofPhotoContentType)
                .or(() -> Arrays.stream(ImageFormat.values()).filter(f -> f.matches(image.bytes())).findFirst());
        return new PhotoFacts(format.map(Enum::name).orElse(null), result.width(), result.height());
    }
}
