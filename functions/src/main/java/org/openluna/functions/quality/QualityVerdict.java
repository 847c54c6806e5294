package org.openluna.functions.quality;

import java.util.List;

/**
 * A face's verdict, {@code iso} of {@code /6/iso} and {@code face_quality} of a detection (seed
 * l.1236, l.6865): 1 when every listed check passed. It speaks for the listed checks only, so a face
 * with none listed passes.
 */
public record QualityVerdict(int status, List<QualityCheckResult> checks) {
    public QualityVerdict {
        checks = List.copyOf(checks);
    }

    public static QualityVerdict of(List<QualityCheckResult> checks) {
        return new QualityVerdict(checks.stream().allMatch(QualityCheckResult::passed) ? 1 : 0, checks);
    }

    public boolean passed() {
        return status == 1;
    }
}
