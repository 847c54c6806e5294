package org.openluna.inference.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openluna.inference.engine.FoundFace;
import org.openluna.inference.image.RgbImage;
import org.openluna.shared.clients.inference.Estimation;
import org.openluna.shared.clients.inference.FaceEstimations;

/**
 * The estimations the service has models or methods for, run on the faces of one photo. Asking for
 * one it does not have is the caller's mistake: the functions check {@code /1/capabilities} first
 * and answer with the API's unavailable-feature error.
 */
final class FaceEstimators implements AutoCloseable {
    private final Set<Estimation> available = EnumSet.of(Estimation.LANDMARKS68);

    Set<Estimation> available() {
        return available;
    }

    List<FaceEstimations> estimate(RgbImage photo, List<FoundFace> faces, Set<Estimation> wanted) {
        var missing = EnumSet.noneOf(Estimation.class);
        missing.addAll(wanted);
        missing.removeAll(available);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("estimations not available here: " + missing);
        }
        var estimations = new ArrayList<FaceEstimations>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            estimations.add(FaceEstimations.none());
        }
        return estimations;
    }

    @Override
    public void close() {}
}
