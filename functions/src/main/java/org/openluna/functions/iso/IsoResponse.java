package org.openluna.functions.iso;

import java.util.ArrayList;
import java.util.List;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.FaceDetection.Rect;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.functions.quality.QualityVerdict;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.LunaException;

/**
 * The body of {@code POST /6/iso} (seed l.1228-1469): one entry per image, in the order sent, each
 * with its own status and error, and for each face checked its verdict and its box.
 */
record IsoResponse(List<ImageEntry> images) {

    /** {@code status} 1 with the success error and the faces' verdicts, or 0 with the image's error and none. */
    record ImageEntry(String filename, int status, ErrorBody error, List<FaceEstimation> estimations) {

        static ImageEntry of(ImageDetections.Outcome outcome, IsoQuery query) {
            var image = outcome.image();
            if (!outcome.isDetected()) {
                return failed(image, outcome.error());
            }
            var result = outcome.result();
            var refusal = query.multiface().refusal(result.faces());
            if (refusal.isPresent()) {
                return failed(image, refusal.get());
            }
            var faces = query.multiface().select(result.faces());
            var photo = PhotoFacts.of(image, result);
            var estimations = new ArrayList<FaceEstimation>(faces.size());
            for (var face : faces) {
                var r = face.rect();
                estimations.add(new FaceEstimation(new Face(new Detection(
                        QualityVerdict.of(IsoChecks.of(photo, face, query.warped())),
                        new Rect(r.x(), r.y(), r.width(), r.height())))));
            }
            return new ImageEntry(image.filename(), 1, ErrorBody.SUCCESS, estimations);
        }

        private static ImageEntry failed(DetectorImages.Image image, LunaException error) {
            return new ImageEntry(image.filename(), 0, error.body(), null);
        }
    }

    record FaceEstimation(Face face) {}

    record Face(Detection detection) {}

    record Detection(QualityVerdict iso, Rect rect) {}
}
