package org.openluna.functions.detector;

import java.util.List;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.shared.api.ErrorBody;

/** The body of {@code POST /6/detector} (seed l.1507-1573): one entry per image, each with its own status and error. */
public record DetectorResponse(List<ImageEntry> images) {

    /** {@code status} 1 with the success error, or 0 with the image's error and no detections. */
    record ImageEntry(String filename, ErrorBody error, int status, Detections detections) {}

    record Detections(List<SampleEntry> samples, FilteredDetections filteredDetections) {}

    record SampleEntry(FaceEntry face) {}

    record FaceEntry(FaceDetection detection, String url, String sampleId) {}
}
