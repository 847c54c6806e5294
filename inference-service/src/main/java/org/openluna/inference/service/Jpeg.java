package org.openluna.inference.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openluna.inference.image.RgbImage;

/** Samples are stored as JPEG, as LUNA stores them, at a quality that keeps descriptors within 1% of the raw warp. */
final class Jpeg {
    private static final float QUALITY = 0.95f;

    private Jpeg() {}

    static byte[] encode(RgbImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream(32 * 1024);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            var params = writer.getDefaultWriteParam();
            params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            params.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image.toBufferedImage(), null, null), params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
