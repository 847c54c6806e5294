package org.openluna.functions.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.protocol.inference.PhotoResult;
import org.openluna.shared.api.LunaException;

/**
 * The faces of every image of one request, through one {@code /1/detect} call. An image refused while
 * the body was read keeps its own error and is not sent; one the service refuses gets the API's error
 * for that refusal; the others carry their faces. Results come back in the images' order.
 */
public final class ImageDetections {
    // the smallest face looked for: LUNA's default is 50 px, which leaves a crowd's faces out; the
    // detector finds faces of 20 px within the time it took for 50 (ADR 0023)
    static final int MIN_FACE_SIZE = 20;

    /** What to ask of the service for every image: see {@link DetectRequest}. */
    public record Settings(boolean warped, boolean describe, boolean useExif, Set<Estimation> estimations) {
        public Settings {
            estimations = Set.copyOf(estimations);
        }
    }

    /** One image's result: its faces, or the error that image gets ({@code result} then null). */
    public record Outcome(Image image, PhotoResult result, LunaException error) {
        public boolean isDetected() {
            return error == null;
        }
    }

    private ImageDetections() {}

    public static List<Outcome> run(Inference inference, List<Image> images, Settings settings) {
        var sent = images.stream().filter(i -> !i.isRefused()).map(i -> new PhotoInput(i.bytes(), i.contentType())).toList();
        var results = sent.isEmpty() ? List.<PhotoResult>of() : inference.detect(new DetectRequest(sent, MIN_FACE_SIZE,
                settings.warped(), settings.describe(), settings.useExif(), settings.estimations())).photos();
        var outcomes = new ArrayList<Outcome>(images.size());
        var next = results.iterator();
        for (var image : images) {
            if (image.isRefused()) {
                outcomes.add(new Outcome(image, null, image.refusal()));
                continue;
            }
            var result = next.next();
            outcomes.add(result.rejection() != null
                    ? new Outcome(image, null, ImageErrors.of(result.rejection(), image.contentType()))
                    : new Outcome(image, result, null));
        }
        return outcomes;
    }
}
