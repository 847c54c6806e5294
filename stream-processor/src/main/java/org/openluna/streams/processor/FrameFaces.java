package org.openluna.streams.processor;

import java.util.List;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.streams.video.SampledFrame;

/** The faces of a frame, found by the inference service, each with the aligned sample an event will carry. */
final class FrameFaces {
    private final InferenceClient inference;

    FrameFaces(InferenceClient inference) {
        this.inference = inference;
    }

    List<Sighting> find(SampledFrame frame, int minFaceSize) {
        var photo = inference.detect(FramePhotos.detectRequest(FramePhotos.jpeg(frame.image()), minFaceSize)).photos().getFirst();
        if (photo.rejection() != null) {
            return List.of();
        }
        return photo.faces().stream().map(face -> new Sighting(face.rect(), face.score(), face.sample(), frame.timeSeconds())).toList();
    }
}
