package org.openluna.functions.quality;

import java.util.Arrays;
import java.util.Optional;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.protocol.inference.PhotoResult;
import org.openluna.shared.blobs.ImageFormat;

/**
 * What the image-level checks look at: the file's format as {@code image_format} names it, the
 * upright size the inference service decoded, and the file's size.
 *
 * @param format JPEG, PNG, BMP, TIFF or PPM; null when neither the declared type nor the bytes tell
 * @param sizeBytes the size of the image file, a base64 body's once decoded
 */
public record PhotoFacts(String format, int width, int height, int sizeBytes) {

    /**
     * The declared type is the format: the inference service refuses a body that is not what its
     * Content-Type says (12026) before any check runs. Without one, the file's signature tells.
     */
    public static PhotoFacts of(DetectorImages.Image image, PhotoResult result) {
        var file = image.fileBytes();
        var format = Optional.ofNullable(image.contentType()).flatMap(ImageFormat::ofPhotoContentType)
                .or(() -> Arrays.stream(ImageFormat.values()).filter(f -> f.matches(file)).findFirst());
        return new PhotoFacts(format.map(Enum::name).orElse(null), result.width(), result.height(), file.length);
    }
}
