package org.openluna.functions.liveness;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The body of {@code POST /6/liveness} (seed l.14829-14877): one entry per image, and with
 * {@code aggregate=1} the verdict on all of them. Unlike the detector's and sdk's liveness, this one
 * writes {@code prediction} as an integer and the score as {@code probability}.
 */
record LivenessResponse(List<ImageEntry> images,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Aggregate aggregateEstimations) {

    /** {@code status} 1 with a verdict, or 0 with {@code liveness} null and the image's own error. */
    record ImageEntry(String filename, int status, LivenessVerdict liveness, ErrorBody error) {

        /**
         * The face of one image judged; the route judges one face per image, as LUNA's liveness does by
         * default, since a verdict on a picture of several people could not say whom it was about.
         */
        static ImageEntry of(ImageDetections.Outcome outcome) {
            var image = outcome.image();
            if (!outcome.isDetected()) {
                return failed(image, outcome.error());
            }
            var faces = outcome.result().faces();
            if (faces.isEmpty()) {
                return failed(image, new LunaException(ErrorCode.NO_FACE_FOUND));
            }
            if (faces.size() > 1) {
                return failed(image, new LunaException(ErrorCode.TOO_MANY_FACES, faces.size()));
            }
            return new ImageEntry(image.filename(), 1, LivenessVerdict.of(faces.getFirst().estimations().liveness().score()),
                    ErrorBody.SUCCESS);
        }

        private static ImageEntry failed(DetectorImages.Image image, LunaException error) {
            return new ImageEntry(image.filename(), 0, null, error.body());
        }
    }

    /** {@code liveness} is null when no image could be judged. */
    record Aggregate(LivenessVerdict liveness) {

        /** The mean probability of the images that were judged, as the seed's example has it (0.93 and 0.85 give 0.89). */
        static Aggregate of(List<ImageEntry> images) {
            var judged = images.stream().filter(image -> image.liveness() != null).toList();
            if (judged.isEmpty()) {
                return new Aggregate(null);
            }
            double sum = 0;
            for (var image : judged) {
                sum += image.liveness().estimations().probability();
            }
            return new Aggregate(LivenessVerdict.of((float) (sum / judged.size())));
        }
    }
}
