package org.openluna.functions.quality;

import static org.openluna.shared.handlers.QualityCheck.ASPECT_RATIO;
import static org.openluna.shared.handlers.QualityCheck.EYE_DISTANCE;
import static org.openluna.shared.handlers.QualityCheck.FACE_HEIGHT;
import static org.openluna.shared.handlers.QualityCheck.FACE_WIDTH;
import static org.openluna.shared.handlers.QualityCheck.HEAD_HEIGHT;
import static org.openluna.shared.handlers.QualityCheck.HEAD_HORIZONTAL_CENTER;
import static org.openluna.shared.handlers.QualityCheck.HEAD_ROLL;
import static org.openluna.shared.handlers.QualityCheck.HEAD_VERTICAL_CENTER;
import static org.openluna.shared.handlers.QualityCheck.HEAD_WIDTH;
import static org.openluna.shared.handlers.QualityCheck.IMAGE_HEIGHT;
import static org.openluna.shared.handlers.QualityCheck.IMAGE_WIDTH;
import static org.openluna.shared.handlers.QualityCheck.INDENT_LEFT;
import static org.openluna.shared.handlers.QualityCheck.INDENT_LOWER;
import static org.openluna.shared.handlers.QualityCheck.INDENT_RIGHT;
import static org.openluna.shared.handlers.QualityCheck.INDENT_UPPER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.HeadPose;
import org.openluna.protocol.inference.Quality;
import org.openluna.shared.handlers.QualityCheck;
import org.openluna.shared.handlers.QualityThreshold;

/**
 * The face quality checks this platform makes ({@link QualityCheck#measurable()}), each held to the
 * threshold it is given: {@code /6/iso} gives its fixed ones, handler events and verifications their
 * policy's {@code face_quality}. Only the checks given are made, in {@link QualityCheck}'s order,
 * which is the seed's.
 *
 * <p>What each check reads: {@code image_format} the file's format and {@code image_size} its size in
 * bytes; {@code image_width}, {@code image_height} the upright decoded image in pixels and
 * {@code aspect_ratio} its width over its height; the five {@code *_quality} values the inference
 * service's estimate; {@code head_yaw/pitch/roll} the head pose in degrees; {@code left_eye},
 * {@code right_eye} the eye states; {@code head_*} and {@code eye_distance} the face's
 * {@link FaceGeometry}; {@code face_width}, {@code face_height} the detector's box in pixels, and
 * {@code indent_*} the pixels from that box to each edge of the image (negative where the box runs
 * past it). Shares and the aspect ratio are rounded to two places and judged rounded, so that a reader
 * can verify a result from the response alone.
 *
 * <p>A face sample ({@code image_type=1}, a 250x250 warp the platform's alignment made) is not checked
 * on what that alignment settles by making: the roll (the eyes are levelled), the face's place and
 * size in the picture and the eye distance ({@code head_*}, {@code eye_distance}, {@code face_*},
 * {@code indent_*}: the template's, not the photographer's), and the picture's width, height and
 * aspect ratio (the template's 250x250). Its file's format and size, its quality values, yaw, pitch
 * and eyes are still the sender's, and are checked.
 *
 * <p>An estimation the service did not give leaves its checks out rather than passing them: a caller
 * that must make every check it lists asks the service for {@link #estimationsRead}.
 */
public final class FaceQualityChecks {
    private static final Set<QualityCheck> SETTLED_BY_ALIGNMENT = EnumSet.of(HEAD_ROLL, HEAD_HORIZONTAL_CENTER,
            HEAD_VERTICAL_CENTER, HEAD_WIDTH, HEAD_HEIGHT, EYE_DISTANCE, IMAGE_WIDTH, IMAGE_HEIGHT, ASPECT_RATIO, FACE_WIDTH,
            FACE_HEIGHT, INDENT_LEFT, INDENT_RIGHT, INDENT_UPPER, INDENT_LOWER);

    /** A value measured; {@code value} null when it could not be told (a format no signature names). */
    private record Measured(Object value) {}

    private FaceQualityChecks() {}

    /** The estimations these checks read of a face; the 5 landmarks always come with one. */
    public static Set<Estimation> estimationsRead(Set<QualityCheck> checks, boolean warped) {
        var read = EnumSet.noneOf(Estimation.class);
        for (var check : checks) {
            if (!(warped && SETTLED_BY_ALIGNMENT.contains(check))) {
                estimationOf(check).ifPresent(read::add);
            }
        }
        return read;
    }

    /** The checks of one face against {@code thresholds}, in the seed's order; see the class comment for what is left out. */
    public static List<QualityCheckResult> of(PhotoFacts photo, DetectedFace face, boolean warped,
                                              Map<QualityCheck, QualityThreshold> thresholds) {
        var geometry = warped ? null : FaceGeometry.of(face, photo.width(), photo.height());
        var results = new ArrayList<QualityCheckResult>(thresholds.size());
        // an EnumMap iterates in the enum's order
        for (var entry : new EnumMap<>(thresholds).entrySet()) {
            var check = entry.getKey();
            if (warped && SETTLED_BY_ALIGNMENT.contains(check)) {
                continue;
            }
            measure(check, photo, face, geometry).ifPresent(m -> results.add(judged(check, m.value(), entry.getValue())));
        }
        return results;
    }

    private static Optional<Estimation> estimationOf(QualityCheck check) {
        return switch (check) {
            case ILLUMINATION_QUALITY, SPECULARITY_QUALITY, BLURRINESS_QUALITY, DARK_QUALITY, LIGHT_QUALITY ->
                    Optional.of(Estimation.QUALITY);
            case HEAD_YAW, HEAD_PITCH, HEAD_ROLL -> Optional.of(Estimation.HEAD_POSE);
            case LEFT_EYE, RIGHT_EYE -> Optional.of(Estimation.EYES);
            default -> Optional.empty();
        };
    }

    private static Optional<Measured> measure(QualityCheck check, PhotoFacts photo, DetectedFace face, FaceGeometry geometry) {
        var estimations = face.estimations();
        var box = face.rect();
        return switch (check) {
            case IMAGE_FORMAT -> measured(photo.format());
            case ILLUMINATION_QUALITY -> quality(estimations, Quality::illumination);
            case SPECULARITY_QUALITY -> quality(estimations, Quality::specularity);
            case BLURRINESS_QUALITY -> quality(estimations, Quality::blurriness);
            case DARK_QUALITY -> quality(estimations, Quality::dark);
            case LIGHT_QUALITY -> quality(estimations, Quality::light);
            case HEAD_YAW -> pose(estimations, HeadPose::yaw);
            case HEAD_PITCH -> pose(estimations, HeadPose::pitch);
            case HEAD_ROLL -> pose(estimations, HeadPose::roll);
            case LEFT_EYE -> estimations.eyes() == null ? Optional.empty()
                    : measured(FaceAttributes.eyeState(estimations.eyes().left()));
            case RIGHT_EYE -> estimations.eyes() == null ? Optional.empty()
                    : measured(FaceAttributes.eyeState(estimations.eyes().right()));
            case HEAD_HORIZONTAL_CENTER -> measured(geometry.horizontalCentre());
            case HEAD_VERTICAL_CENTER -> measured(geometry.verticalCentre());
            case HEAD_WIDTH -> measured(geometry.headWidth());
            case HEAD_HEIGHT -> measured(geometry.headHeight());
            case EYE_DISTANCE -> measured(geometry.eyeDistance());
            case IMAGE_WIDTH -> measured(photo.width());
            case IMAGE_HEIGHT -> measured(photo.height());
            case ASPECT_RATIO -> measured(Math.round((double) photo.width() / photo.height() * 100) / 100.0);
            case FACE_WIDTH -> measured(box.width());
            case FACE_HEIGHT -> measured(box.height());
            case INDENT_LEFT -> measured(box.x());
            case INDENT_RIGHT -> measured(photo.width() - box.x() - box.width());
            case INDENT_UPPER -> measured(box.y());
            case INDENT_LOWER -> measured(photo.height() - box.y() - box.height());
            case IMAGE_SIZE -> measured(photo.sizeBytes());
            // no model here gives these (QualityCheck.measurable): a policy that asks for one is refused first
            default -> Optional.empty();
        };
    }

    private static Optional<Measured> measured(Object value) {
        return Optional.of(new Measured(value));
    }

    private static Optional<Measured> quality(FaceEstimations estimations, Function<Quality, Float> value) {
        return estimations.quality() == null ? Optional.empty() : measured(value.apply(estimations.quality()));
    }

    private static Optional<Measured> pose(FaceEstimations estimations, Function<HeadPose, Float> value) {
        return estimations.headPose() == null ? Optional.empty() : measured(value.apply(estimations.headPose()));
    }

    private static QualityCheckResult judged(QualityCheck check, Object value, QualityThreshold threshold) {
        boolean passed = switch (threshold) {
            case QualityThreshold.Range range -> value instanceof Number n && range.holds(n.doubleValue());
            case QualityThreshold.Values values -> value instanceof String s && values.holds(s);
            case QualityThreshold.Flag flag -> value instanceof Number n && flag.holds(n.intValue());
        };
        return new QualityCheckResult(check.wire(), value, threshold.toJson(), passed ? 1 : 0);
    }
}
