package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Keeps the best of each group of overlapping boxes, highest score first. */
final class NonMaximumSuppression {
    private NonMaximumSuppression() {}

    static <T> List<T> suppress(List<T> found, Function<T, FaceBox> boxOf, float maxIntersectionOverUnion) {
        var sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble((T t) -> boxOf.apply(t).score()).reversed());
        var kept = new ArrayList<T>();
        for (var candidate : sorted) {
            var box = boxOf.apply(candidate);
            if (kept.stream().noneMatch(k -> boxOf.apply(k).intersectionOverUnion(box) > maxIntersectionOverUnion)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
