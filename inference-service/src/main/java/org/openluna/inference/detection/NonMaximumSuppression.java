package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the best of each group of overlapping boxes, highest score first. */
final class NonMaximumSuppression {
    private NonMaximumSuppression() {}

    static List<FaceBox> suppress(List<FaceBox> boxes, float maxIntersectionOverUnion) {
        var sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        var kept = new ArrayList<FaceBox>();
        for (var candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.intersectionOverUnion(candidate) > maxIntersectionOverUnion)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
