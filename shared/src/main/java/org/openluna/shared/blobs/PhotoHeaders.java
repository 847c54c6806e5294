package org.openluna.shared.blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.OptionalLong;
import javax.imageio.ImageIO;

/** What a photo's header says of its size, read without unpacking a pixel. */
public final class PhotoHeaders {
    private PhotoHeaders() {}

    /** Width times height as the header claims them; empty when no installed reader knows the file. */
    public static OptionalLong pixels(byte[] file) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return OptionalLong.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return OptionalLong.of((long) reader.getWidth(0) * reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a header no reader can make sense of: the decoder says so, per photo, later
            return OptionalLong.empty();
        }
    }
}
