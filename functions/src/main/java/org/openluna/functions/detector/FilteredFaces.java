package org.openluna.functions.detector;

import java.util.List;

/**
 * Faces a filter took out of the response ({@code filtered_detections}), in the shape of the seed's
 * verifier example (l.12432): the detector's own example shows only an empty list, and the sdk's none
 * (ADR 0003). A filtered face keeps its detection and estimations and is never stored.
 */
public final class FilteredFaces {

    public record FilteredDetections(List<FilteredFace> faceDetections) {}

    public record FilteredFace(List<FilterReason> filterReasons, FilteredDetection detection) {}

    public record FilteredDetection(String filename, FilteredSample sample) {}

    public record FilteredSample(FaceDetection detection) {}

    /**
     * One reason a face was filtered: the filter's query parameter, the face's value and the
     * threshold. The values are numbers for the pose thresholds (an angle, a limit) and a state and
     * the list of allowed states for {@code liveness_states}, hence their loose type.
     */
    public record FilterReason(String filterName, Object objectValue, Object thresholdValue) {}

    private FilteredFaces() {}

    public static FilteredFace of(String filename, List<FilterReason> reasons, FaceDetection detection) {
        return new FilteredFace(List.copyOf(reasons), new FilteredDetection(filename, new FilteredSample(detection)));
    }
}
