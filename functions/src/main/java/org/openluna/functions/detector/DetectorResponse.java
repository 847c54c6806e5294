package org.openluna.functions.detector;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.openluna.shared.api.ErrorBody;

/** The body of {@code POST /6/detector} (seed l.1507-1573): one entry per image, each with its own status and error. */
public record DetectorResponse(List<ImageEntry> images) {

    static final ErrorBody SUCCESS = ErrorBody.SUCCESS;

    /** {@code status} 1 with the success error, or 0 with the image's error and no detections. */
    record ImageEntry(String filename, ErrorBody error, int status, Detections detections) {}

    record Detections(List<SampleEntry> samples, FilteredDetections filteredDetections) {}

    record FilteredDetections(List<FilteredFace> faceDetections) {}

    /**
     * A face the pose thresholds filtered out, in the shape of the seed's {@code /6/iso} example (the
     * detector's own example shows only an empty list); its sample is not stored.
     */
    record FilteredFace(List<PoseThresholds.FilterReason> filterReasons, FilteredDetection detection) {}

    record FilteredDetection(String filename, FilteredSample sample) {}

    record FilteredSample(Detection detection) {}

    record SampleEntry(FaceEntry face) {}

    record FaceEntry(Detection detection, String url, String sampleId) {}

    /** Estimation parts that were not asked for are left out, as LUNA leaves them out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detection(Rect rect, float detectionScore, int[][] landmarks5, int[][] landmarks68,
                     FaceAttributes.Quality quality, FaceAttributes.Attributes attributes) {}

    public record Rect(int x, int y, int width, int height) {}
}
