package org.openluna.functions.sdk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.shared.api.ErrorBody;

/**
 * The body of {@code POST /6/sdk} (seed l.521-1100): one entry per image in the order sent. The seed's
 * example shows neither the per-image status and error that its text promises ("an error is returned
 * for the image") nor where aggregated or filtered faces go; we write them as the sibling resources
 * do (ADR 0003).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SdkResponse(List<ImageEstimations> imagesEstimations, AggregateEstimations aggregateEstimations) {

    /** {@code status} 1 with the success error, or 0 with the image's error and no estimations. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImageEstimations(String filename, int status, ErrorBody error, List<Estimation> estimations,
                            FilteredDetections filteredDetections) {}

    record Estimation(Face face) {}

    record Face(FaceDetection detection) {}

    /** {@code face} is null when no face of any image was kept to aggregate. */
    record AggregateEstimations(AggregateFace face) {}

    record AggregateFace(FaceAttributes.Attributes attributes) {}
}
