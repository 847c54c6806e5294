package org.openluna.shared.blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.openluna.protocol.PhotoSize;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * What the image and sample stores keep: a picture that decodes whole and is no larger than the
 * platform decodes anywhere, read by the same ImageIO readers as the inference service's (the
 * TwelveMonkeys JPEG, TIFF and PNM plugins ahead of the JDK's). The size comes from the header first, so a small file claiming a huge
 * raster (a decompression bomb) is refused unread; the rest is then decoded at a reduced scale, which
 * reads every byte (a truncated file fails) while the raster stays near a megapixel.
 */
public final class StoredImages {
    /** The longest side of the reduced decode. */
    private static final int CHECK_SIDE = 1024;

    private StoredImages() {}

    /** Refuses with 32012 an image past the limits, and with 32010 one that does not decode. */
    public static void check(ImageFormat format, byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                var param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(width, height) + CHECK_SIDE - 1) / CHECK_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                // a decoder only warns of missing data, and of flaws it reads past (extraneous bytes), which detection takes too
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                        throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
                    }
                });
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LunaException luna) {
                throw luna;
            }
            throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED, e);
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
        }
        if (width > PhotoSize.MAX_SIDE_PIXELS || height > PhotoSize.MAX_SIDE_PIXELS) {
            throw new LunaException(ErrorCode.IMAGE_TOO_LARGE,
                    "the image is " + width + "x" + height + " px; neither side may exceed " + PhotoSize.MAX_SIDE_PIXELS + " px");
        }
        if ((long) width * height > PhotoSize.MAX_PIXELS) {
            throw new LunaException(ErrorCode.IMAGE_TOO_LARGE,
                    "the image is " + width + "x" + height + " px; it may hold at most " + PhotoSize.MAX_PIXELS + " pixels");
        }
    }
}
