package org.openluna.shared.handlers;

import java.util.List;
import java.util.Set;
import org.openluna.shared.handlers.QualityThreshold.Flag;
import org.openluna.shared.handlers.QualityThreshold.Range;
import org.openluna.shared.handlers.QualityThreshold.Values;
import tools.jackson.databind.JsonNode;

/**
 * The checks of {@code face_quality} (seed l.3030-3280, l.4190-4413), in the order the seed's stored
 * handler lists them, each with its default threshold: the figures of the seed's full example, which
 * are ISO/IEC 19794-5's and those {@code /6/iso} holds to.
 *
 * <p>{@link #measurable()} says whether this platform can make the check: a measure of ours (the
 * quality values, head pose, eye states), or arithmetic on the image and the face's box (sizes,
 * indents, the head's place). The others need a model no obtainable package has (gaze, mouth,
 * glasses, eyebrows, smile, headwear, light and colour, lens, background, shoulders); a handler or
 * verifier that asks for one is refused with 27002 (ADR 0011, 0014).
 */
public enum QualityCheck {
    IMAGE_FORMAT("image_format", Kind.VALUES, Set.of("JPEG", "JPEG2000", "PNG", "BMP", "TIFF", "PPM"),
            new Values(List.of("JPEG", "JPEG2000", "PNG")), true),
    ILLUMINATION_QUALITY("illumination_quality", new Range(0.3, 1.0), true),
    SPECULARITY_QUALITY("specularity_quality", new Range(0.3, 1.0), true),
    BLURRINESS_QUALITY("blurriness_quality", new Range(0.61, 1.0), true),
    DARK_QUALITY("dark_quality", new Range(0.5, 1.0), true),
    LIGHT_QUALITY("light_quality", new Range(0.57, 1.0), true),
    HEAD_YAW("head_yaw", new Range(-5.0, 5.0), true),
    HEAD_PITCH("head_pitch", new Range(-5.0, 5.0), true),
    HEAD_ROLL("head_roll", new Range(-8.0, 8.0), true),
    GAZE_YAW("gaze_yaw", new Range(-5.0, 5.0), false),
    GAZE_PITCH("gaze_pitch", new Range(-5.0, 5.0), false),
    MOUTH_SMILING("mouth_smiling", new Range(0.0, 0.5), false),
    MOUTH_OCCLUDED("mouth_occluded", new Range(0.0, 0.5), false),
    MOUTH_OPEN("mouth_open", new Range(0.0, 0.5), false),
    GLASSES("glasses", Kind.VALUES, Set.of("no_glasses", "eyeglasses", "sunglasses"),
            new Values(List.of("no_glasses", "eyeglasses")), false),
    LEFT_EYE("left_eye", Kind.VALUES, Set.of("open", "closed", "occluded"), new Values(List.of("open")), true),
    RIGHT_EYE("right_eye", Kind.VALUES, Set.of("open", "closed", "occluded"), new Values(List.of("open")), true),
    HEAD_HORIZONTAL_CENTER("head_horizontal_center", new Range(0.45, 0.55), true),
    HEAD_VERTICAL_CENTER("head_vertical_center", new Range(0.3, 0.5), true),
    HEAD_WIDTH("head_width", new Range(0.5, 0.75), true),
    HEAD_HEIGHT("head_height", new Range(0.6, 0.9), true),
    EYE_DISTANCE("eye_distance", new Range(90.0, 1920.0), true),
    IMAGE_WIDTH("image_width", new Range(180.0, 1920.0), true),
    IMAGE_HEIGHT("image_height", new Range(180.0, 1080.0), true),
    ASPECT_RATIO("aspect_ratio", new Range(0.74, 0.8), true),
    FACE_WIDTH("face_width", new Range(180.0, 1920.0), true),
    FACE_HEIGHT("face_height", new Range(180.0, 1920.0), true),
    INDENT_LEFT("indent_left", new Range(20.0, 1920.0), true),
    INDENT_RIGHT("indent_right", new Range(20.0, 1920.0), true),
    INDENT_UPPER("indent_upper", new Range(20.0, 1920.0), true),
    INDENT_LOWER("indent_lower", new Range(20.0, 1920.0), true),
    IMAGE_SIZE("image_size", new Range(5120.0, 2097152.0), true),
    // the seed names these states only by their defaults, so any name is taken
    EYEBROWS_STATE("eyebrows_state", Kind.VALUES, Set.of(), new Values(List.of("neutral")), false),
    SMILE_PROPERTIES("smile_properties", Kind.VALUES, Set.of(), new Values(List.of("none")), false),
    HEADWEAR_TYPE("headwear_type", Kind.VALUES, Set.of(), new Values(List.of("none")), false),
    NATURAL_LIGHT("natural_light", Kind.FLAG, Set.of(), new Flag(1), false),
    RADIAL_DISTORTION("radial_distortion", Kind.FLAG, Set.of(), new Flag(0), false),
    RED_EYES("red_eyes", Kind.FLAG, Set.of(), new Flag(0), false),
    FACE_COLOR_TYPE("face_color_type", Kind.VALUES, Set.of(), new Values(List.of("color")), false),
    ILLUMINATION_UNIFORMITY("illumination_uniformity", new Range(0.5, 1.0), false),
    DYNAMIC_RANGE("dynamic_range", new Range(0.5, 1.0), false),
    BACKGROUND_LIGHTNESS("background_lightness", new Range(0.2, 1.0), false),
    BACKGROUND_UNIFORMITY("background_uniformity", new Range(0.5, 1.0), false),
    SHOULDERS_POSITION("shoulders_position", Kind.VALUES, Set.of(), new Values(List.of("parallel")), false);

    private enum Kind { RANGE, VALUES, FLAG }

    private final String wire;
    private final Kind kind;
    private final Set<String> allowedValues;
    private final QualityThreshold defaultThreshold;
    private final boolean measurable;

    QualityCheck(String wire, Range defaultThreshold, boolean measurable) {
        this(wire, Kind.RANGE, Set.of(), defaultThreshold, measurable);
    }

    QualityCheck(String wire, Kind kind, Set<String> allowedValues, QualityThreshold defaultThreshold, boolean measurable) {
        this.wire = wire;
        this.kind = kind;
        this.allowedValues = allowedValues;
        this.defaultThreshold = defaultThreshold;
        this.measurable = measurable;
    }

    public String wire() {
        return wire;
    }

    /** Whether this platform can make the check (see the class comment). */
    public boolean measurable() {
        return measurable;
    }

    public QualityThreshold defaultThreshold() {
        return defaultThreshold;
    }

    /** A threshold given for this check, in the shape the check takes. */
    QualityThreshold readThreshold(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            throw PolicyNode.invalid(path, "none is not an allowed value");
        }
        return switch (kind) {
            case RANGE -> Range.read(value, path);
            case VALUES -> Values.read(value, path, allowedValues);
            case FLAG -> Flag.read(value, path);
        };
    }
}
