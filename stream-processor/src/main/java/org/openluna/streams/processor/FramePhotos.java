package org.openluna.streams.processor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.PhotoInput;

/**
 * A frame as the inference service is asked about it. Frames go as JPEG, as photos do: the service
 * takes encoded images, and a 720p JPEG is a tenth of the raw frame on the wire. Public so the video
 * benchmark times exactly what the processor sends.
 */
public final class FramePhotos {
    private FramePhotos() {}

    public static byte[] jpeg(BufferedImage image) {
        var out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Faces of at least {@code minFaceSize} pixels, each with its aligned sample; no descriptor, no estimation. */
    public static DetectRequest detectRequest(byte[] jpeg, int minFaceSize) {
        return new DetectRequest(List.of(new PhotoInput(jpeg, "image/jpeg")), minFaceSize, false, false, false, Set.of());
    }
}
