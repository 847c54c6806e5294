package org.openluna.functions.detector;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import org.openluna.functions.quality.QualityVerdict;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A face's {@code detection} object, shared by {@code /6/detector}, {@code /6/sdk}, handler events and
 * verifications (seed l.540-1050, l.1512-1560, l.6865): the rect in photo pixels, the detector's score,
 * the points, quality, attributes, the warp (the 250x250 sample as base64 JPEG) and the
 * {@code face_quality} verdict a handler's or verifier's policy asks for. Parts that were not asked
 * for are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceDetection(Rect rect, float detectionScore, int[][] landmarks5, int[][] landmarks68,
                            FaceAttributes.Quality quality, FaceAttributes.Attributes attributes, String warp,
                            QualityVerdict faceQuality) {

    public record Rect(int x, int y, int width, int height) {}

    /** Which optional parts of a face to show; the estimations themselves are filtered beforehand. */
    public record Parts(boolean landmarks5, boolean landmarks68, boolean warp) {}

    /**
     * The detection of a face whose estimations hold only what is to be shown (see
     * {@link FaceAttributes#only}); {@code descriptor} is null unless it is to be shown.
     */
    public static FaceDetection of(DetectedFace face, FaceEstimations shown,
                                   Descriptor descriptor, Parts parts) {
        var r = face.rect();
        return new FaceDetection(new Rect(r.x(), r.y(), r.width(), r.height()), face.score(),
                parts.landmarks5() ? points(face.landmarks5()) : null,
                parts.landmarks68() && face.landmarks68() != null ? points(face.landmarks68()) : null,
                FaceAttributes.qualityOf(shown),
                FaceAttributes.attributesOf(shown, descriptor),
                parts.warp() ? Base64.getEncoder().encodeToString(face.sample()) : null, null);
    }

    /** This detection with {@code face_quality}; null leaves it out. */
    public FaceDetection withFaceQuality(QualityVerdict verdict) {
        return new FaceDetection(rect, detectionScore, landmarks5, landmarks68, quality, attributes, warp, verdict);
    }

    /** This detection with its attributes replaced. */
    public FaceDetection withAttributes(FaceAttributes.Attributes replaced) {
        return new FaceDetection(rect, detectionScore, landmarks5, landmarks68, quality, replaced, warp, faceQuality);
    }

    private static int[][] points(float[] xy) {
        var points = new int[xy.length / 2][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new int[] {Math.round(xy[2 * i]), Math.round(xy[2 * i + 1])};
        }
        return points;
    }
}
