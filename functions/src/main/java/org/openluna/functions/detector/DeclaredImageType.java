package org.openluna.functions.detector;

import java.util.Locale;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.ImageFormat;

/**
 * What the type a client declared for one image of a multipart or JSON body means. An image type
 * (or its base64 form) is held to; none, or {@code application/octet-stream} (what curl and Python's
 * requests send for a file whose name tells them nothing), leaves the format to the bytes; any other
 * type is that image's own 12017, since it says the part is not an image.
 */
final class DeclaredImageType {
    private static final String UNTYPED = "application/octet-stream";

    private DeclaredImageType() {}

    static Image image(String filename, String declared, byte[] bytes) {
        if (declared == null) {
            return Image.of(filename, null, bytes);
        }
        var mediaType = declared.toLowerCase(Locale.ROOT);
        if (mediaType.equals(UNTYPED)) {
            return Image.of(filename, null, bytes);
        }
        if (ImageFormat.ofPhotoContentType(mediaType).isEmpty()) {
            return Image.refused(filename, new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        }
        return Image.of(filename, mediaType, bytes);
    }
}
