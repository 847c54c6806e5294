package org.openluna.functions.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.protocol.inference.HeadPose;
import org.openluna.shared.api.QueryParams;

/**
 * {@code yaw_threshold}, {@code pitch_threshold} and {@code roll_threshold} (seed l.1490-1492,
 * l.505-507): the largest deviation from frontal a kept face may have. A face turned further is
 * filtered, so 0 filters every face and 180 (or no parameter) none.
 */
public record PoseThresholds(OptionalInt yaw, OptionalInt pitch, OptionalInt roll) {

    public static final PoseThresholds NONE = new PoseThresholds(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

    public static PoseThresholds parse(QueryParams query) {
        return new PoseThresholds(angle(query, "yaw_threshold"), angle(query, "pitch_threshold"), angle(query, "roll_threshold"));
    }

    private static OptionalInt angle(QueryParams query, String name) {
        return query.string(name).isPresent() ? OptionalInt.of(query.integer(name, 180, 0, 180)) : OptionalInt.empty();
    }

    public boolean any() {
        return yaw.isPresent() || pitch.isPresent() || roll.isPresent();
    }

    /** Why a face of this pose is filtered; empty when it is kept. */
    public List<FilterReason> reasonsToFilter(HeadPose pose) {
        var reasons = new ArrayList<FilterReason>(3);
        check("yaw_threshold", pose.yaw(), yaw, reasons);
        check("pitch_threshold", pose.pitch(), pitch, reasons);
        check("roll_threshold", pose.roll(), roll, reasons);
        return reasons;
    }

    private static void check(String name, float angle, OptionalInt threshold, List<FilterReason> reasons) {
        if (threshold.isPresent() && Math.abs(angle) > threshold.getAsInt()) {
            reasons.add(new FilterReason(name, angle, threshold.getAsInt()));
        }
    }
}
