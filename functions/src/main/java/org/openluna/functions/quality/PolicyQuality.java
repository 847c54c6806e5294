package org.openluna.functions.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.handlers.FaceQualityPolicy;
import org.openluna.shared.handlers.QualityCheck;
import org.openluna.shared.handlers.QualityThreshold;

/**
 * {@code detect_policy.face_quality} as handler events and verifications run it (seed l.3026-3280,
 * l.6865-7000): when it is on, every face detected gets a {@code face_quality} verdict on the checks
 * the policy turns on, with the policy's thresholds; with {@code filter} 1 a face that fails one is
 * filtered out as the pose and liveness filters take one out, and is never stored or matched.
 *
 * <p>The filter's reason is {@code {"filter_name": "face_quality", "object_value": 0,
 * "threshold_value": 1}}: the face's status and the status that passes, as the other filters give a
 * value and what it is held to. Which checks failed is in the filtered face's own
 * {@code detection.face_quality} (ADR 0013, 0014).
 *
 * @param isOn {@code face_quality.estimate} 1
 * @param isFilter {@code face_quality.filter} 1
 * @param thresholds the checks turned on ({@code estimate} 1), with their thresholds
 */
public record PolicyQuality(boolean isOn, boolean isFilter, Map<QualityCheck, QualityThreshold> thresholds) {
    static final String FILTER_NAME = "face_quality";

    public PolicyQuality {
        var copy = new EnumMap<QualityCheck, QualityThreshold>(QualityCheck.class);
        copy.putAll(thresholds);
        thresholds = Collections.unmodifiableMap(copy);
    }

    public static PolicyQuality of(FaceQualityPolicy policy) {
        if (!policy.isOn()) {
            return new PolicyQuality(false, false, Map.of());
        }
        var thresholds = new EnumMap<QualityCheck, QualityThreshold>(QualityCheck.class);
        policy.checks().forEach((check, setting) -> {
            if (setting.estimate() == 1) {
                thresholds.put(check, setting.threshold());
            }
        });
        return new PolicyQuality(true, policy.filter() == 1, thresholds);
    }

    /** What the service must be asked for, beside what the policy shows, for every listed check to be made. */
    public Set<Estimation> estimationsRead(boolean warped) {
        return FaceQualityChecks.estimationsRead(thresholds.keySet(), warped);
    }

    /** The face's verdict; empty when the policy is off. {@code photo} may be null only then. */
    public Optional<QualityVerdict> verdict(PhotoFacts photo, DetectedFace face, boolean warped) {
        return isOn ? Optional.of(QualityVerdict.of(FaceQualityChecks.of(photo, face, warped, thresholds))) : Optional.empty();
    }

    /** Why the filter takes the face out; empty when it keeps it, or does not filter. */
    public Optional<FilterReason> reasonToFilter(QualityVerdict verdict) {
        return isFilter && !verdict.passed() ? Optional.of(new FilterReason(FILTER_NAME, verdict.status(), 1)) : Optional.empty();
    }
}
