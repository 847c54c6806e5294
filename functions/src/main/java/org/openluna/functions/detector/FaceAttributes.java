package org.openluna.functions.detector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openluna.protocol.inference.Emotions;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.Eyes;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.Mask;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.SdkDescriptor;

/**
 * The estimations of a face as the seed's detection objects show them (l.640-1040): {@code quality}
 * beside the rect, the rest under {@code attributes}. What was not asked for is left out, as LUNA
 * leaves it out. Where the seed's shape holds a value no model here gives, the field is null rather
 * than made up: {@code ethnicities}, the descriptor's quality {@code score}; eyes carry their state
 * without iris points and liveness its score without the image quality, for the same reason.
 */
public final class FaceAttributes {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attributes(EyesAttributes eyesAttributes, HeadPose headPose, EmotionsView emotions, MaskView mask,
                             MouthAttributes mouthAttributes, BasicAttributes basicAttributes, DescriptorView descriptor,
                             LivenessView liveness) {
        boolean isEmpty() {
            return eyesAttributes == null && headPose == null && emotions == null && mask == null && mouthAttributes == null
                    && basicAttributes == null && descriptor == null && liveness == null;
        }
    }

    public record HeadPose(float pitch, float roll, float yaw) {}

    @JsonPropertyOrder({"predominant_emotion", "estimations"})
    public record EmotionsView(Map<String, Float> estimations, String predominantEmotion) {}

    /** The seed's mask (l.985-1003) without its {@code face_occlusion}, which no model here estimates. */
    @JsonPropertyOrder({"predominant_mask", "estimations"})
    public record MaskView(Map<String, Float> estimations, String predominantMask) {}

    /** The seed's mouth (l.1004-1009), in its order. */
    @JsonPropertyOrder({"score", "occluded", "smile", "opened"})
    public record MouthAttributes(float score, float occluded, float smile, float opened) {}

    public record EyesAttributes(Eye leftEye, Eye rightEye) {}

    public record Eye(String state) {}

    public record Quality(float blurriness, float dark, float illumination, float specularity, float light) {}

    /** {@code gender} 0 female, 1 male (seed l.8689); {@code ethnicities} always null, as no model here estimates it. */
    public record BasicAttributes(Ethnicities ethnicities, int age, int gender) {}

    public record Ethnicities(String predominantEthnicity, Map<String, Float> estimations) {}

    /** Our SDK form, version 4242 (base64); {@code score} null, as no model here rates a descriptor's quality. */
    public record DescriptorView(String sdkDescriptor, Float score) {}

    public record LivenessView(String prediction, LivenessEstimations estimations) {}

    public record LivenessEstimations(float score) {}

    private FaceAttributes() {}

    /** Null when nothing under {@code attributes} was estimated; {@code descriptor} may be null. */
    public static Attributes attributesOf(FaceEstimations e, Descriptor descriptor) {
        var attributes = new Attributes(
                e.eyes() == null ? null : new EyesAttributes(eye(e.eyes().left()), eye(e.eyes().right())),
                e.headPose() == null ? null : new HeadPose(e.headPose().pitch(), e.headPose().roll(), e.headPose().yaw()),
                e.emotions() == null ? null : emotionsOf(e.emotions()),
                e.mask() == null ? null : maskOf(e.mask()),
                e.mouth() == null ? null : new MouthAttributes(e.mouth().score(), e.mouth().occluded(), e.mouth().smile(), e.mouth().opened()),
                e.age() == null || e.gender() == null ? null : new BasicAttributes(null, Math.round(e.age()), e.gender() > 0.5f ? 1 : 0),
                descriptor == null ? null : new DescriptorView(SdkDescriptor.encodeBase64(descriptor), null),
                e.liveness() == null ? null : livenessOf(e.liveness().score()));
        return attributes.isEmpty() ? null : attributes;
    }

    public static Quality qualityOf(FaceEstimations e) {
        var q = e.quality();
        return q == null ? null : new Quality(q.blurriness(), q.dark(), q.illumination(), q.specularity(), q.light());
    }

    /**
     * The estimations with everything not in {@code shown} taken out: the service may have been asked
     * for more than the response shows (the head pose a pose filter needs, say). Age and gender show
     * together, as {@code basic_attributes}.
     */
    public static FaceEstimations only(FaceEstimations e, Set<Estimation> shown) {
        boolean basic = shown.contains(Estimation.AGE) && shown.contains(Estimation.GENDER);
        return new FaceEstimations(
                basic ? e.age() : null,
                basic ? e.gender() : null,
                shown.contains(Estimation.HEAD_POSE) ? e.headPose() : null,
                shown.contains(Estimation.EMOTIONS) ? e.emotions() : null,
                shown.contains(Estimation.LIVENESS) ? e.liveness() : null,
                shown.contains(Estimation.EYES) ? e.eyes() : null,
                shown.contains(Estimation.QUALITY) ? e.quality() : null,
                shown.contains(Estimation.MASK) ? e.mask() : null,
                shown.contains(Estimation.MOUTH) ? e.mouth() : null);
    }

    private static Eye eye(Eyes.Eye eye) {
        return new Eye(eyeState(eye));
    }

    /** The state LUNA names for an eye: "open" when the model finds it more likely open than not. */
    public static String eyeState(Eyes.Eye eye) {
        return eye.open() > 0.5f ? "open" : "closed";
    }

    private static LivenessView livenessOf(float score) {
        return new LivenessView(LivenessState.of(score).lunaName(), new LivenessEstimations(score));
    }

    /** The mask's three states, the most likely one predominant. */
    public static MaskView maskOf(Mask mask) {
        var estimations = new LinkedHashMap<String, Float>();
        estimations.put("medical_mask", mask.medicalMask());
        estimations.put("missing", mask.missing());
        estimations.put("occluded", mask.occluded());
        return new MaskView(estimations, predominant(estimations));
    }

    /** The mask filters' code of the face's predominant mask state (1 medical mask, 2 missing, 3 occluded; ADR 0012). */
    public static int maskState(Mask mask) {
        return org.openluna.shared.subscriptions.AttributeCodes.MASKS.get(maskOf(mask).predominantMask());
    }

    private static String predominant(Map<String, Float> estimations) {
        String predominant = null;
        for (var entry : estimations.entrySet()) {
            if (predominant == null || entry.getValue() > estimations.get(predominant)) {
                predominant = entry.getKey();
            }
        }
        return predominant;
    }

    private static EmotionsView emotionsOf(Emotions emotions) {
        var estimations = new LinkedHashMap<String, Float>();
        estimations.put("anger", emotions.anger());
        estimations.put("disgust", emotions.disgust());
        estimations.put("fear", emotions.fear());
        estimations.put("happiness", emotions.happiness());
        estimations.put("sadness", emotions.sadness());
        estimations.put("surprise", emotions.surprise());
        estimations.put("neutral", emotions.neutral());
        return new EmotionsView(estimations, predominant(estimations));
    }
}
