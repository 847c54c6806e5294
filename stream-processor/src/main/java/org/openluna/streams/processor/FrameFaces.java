package org.openluna.streams.processor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.streams.video.SampledFrame;

/**
 * The faces of a frame, found by the inference service, each with the aligned sample an event will
 * carry. Frames go as JPEG, as photos do: the service takes encoded images, and a 720p JPEG is a
 * tenth of the raw frame on the wire.
 */
final class FrameFaces {
    private final InferenceClient inference;

    FrameFaces(InferenceClient inference) {
        this.inference = inference;
    }

    List<Sighting> find(SampledFrame frame, int minFaceSize) {
        var request = new DetectRequest(List.of(new PhotoInput(jpeg(frame.image()), "image/jpeg")), minFaceSize, false, false, false, Set.of());
        var photo = inference.detect(request).photos().getFirst();
        if (photo.rejection() != null) {
            return List.of();
        }
        return photo.faces().stream().map(face -> new Sighting(face.rect(), face.score(), face.sample(), frame.timeSeconds())).toList();
    }

    private static byte[] jpeg(BufferedImage image) {
        var out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
