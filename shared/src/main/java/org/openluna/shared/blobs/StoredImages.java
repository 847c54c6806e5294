package org.openluna.shared.blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * What the image and sample stores keep: a picture that decodes whole and is no larger than the
 * platform decodes anywhere. The size comes from the header first, so a small file claiming a huge
 * raster (a decompression bomb) is refused unread; the rest is then decoded at a reduced scale, which
 * reads every byte (a truncated file fails) while the raster stays near a megapixel.
 */
public final class StoredImages {
    /** The inference service's limits for a photo (its {@code PhotoLimits}); a stored image is one it may be asked to read. */
    public static final int MAX_SIDE_PIXELS = 8192;
    public static final long MAX_PIXELS = 40_000_000L;
    /** The longest side of the reduced decode. */
    private static final int CHECK_SIDE = 1024;
    private static final Pattern PPM_HEADER = Pattern.compile("^P([36])\\s+(?:#[^\\n]*\\n\\s*)*(\\d{1,9})\\s+(\\d{1,9})\\s+(\\d{1,5})\\s");

    private StoredImages() {}

    /** Refuses with 32012 an image past the limits, and with 32010 one that does not decode. */
    public static void check(ImageFormat format, byte[] bytes) {
        if (format == ImageFormat.PPM) {
            checkPpm(bytes);
            return;
        }
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
                // a decoder that only warns of missing data has still not read a whole image
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
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

    /** No JDK reader takes PPM: its header gives the size, and the file must hold every sample it promises. */
    private static void checkPpm(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        var header = PPM_HEADER.matcher(head);
        if (!header.find()) {
            throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
        }
        int width = Integer.parseInt(header.group(2));
        int height = Integer.parseInt(header.group(3));
        int maxValue = Integer.parseInt(header.group(4));
        if (maxValue < 1 || maxValue > 65535) {
            throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
        }
        checkSize(width, height);
        if (header.group(1).equals("6")) {
            long expected = (long) width * height * 3 * (maxValue > 255 ? 2 : 1);
            if (bytes.length - header.end() < expected) {
                throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
            }
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new LunaException(ErrorCode.IMAGE_DECODING_FAILED);
        }
        if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS) {
            throw new LunaException(ErrorCode.IMAGE_TOO_LARGE,
                    "the image is " + width + "x" + height + " px; neither side may exceed " + MAX_SIDE_PIXELS + " px");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new LunaException(ErrorCode.IMAGE_TOO_LARGE,
                    "the image is " + width + "x" + height + " px; it may hold at most " + MAX_PIXELS + " pixels");
        }
    }
}
