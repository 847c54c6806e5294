package org.openluna.functions.detector;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.clients.inference.Emotions;
import org.openluna.shared.clients.inference.FaceEstimations;

/**
 * The estimations of a face as the seed's detection object shows them: {@code quality} beside the
 * rect, the rest under {@code attributes}. What was not asked for is left out, as LUNA leaves it out;
 * eyes carry their state only, as no model here finds the iris points.
 */
public final class FaceAttributes {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attributes(HeadPose headPose, EmotionsView emotions, EyesAttributes eyesAttributes) {
        boolean isEmpty() {
            return headPose == null && emotions == null && eyesAttributes == null;
        }
    }

    record HeadPose(float pitch, float roll, float yaw) {}

    record EmotionsView(Map<String, Float> estimations, String predominantEmotion) {}

    record EyesAttributes(Eye leftEye, Eye rightEye) {}

    record Eye(String state) {}

    record Quality(float blurriness, float dark, float illumination, float specularity, float light) {}

    private FaceAttributes() {}

    /** Null when nothing under {@code attributes} was asked for. */
    static Attributes attributesOf(FaceEstimations e, boolean showHeadPose) {
        var attributes = new Attributes(
                showHeadPose && e.headPose() != null ? new HeadPose(e.headPose().pitch(), e.headPose().roll(), e.headPose().yaw()) : null,
                e.emotions() == null ? null : emotionsOf(e.emotions()),
                e.eyes() == null ? null : new EyesAttributes(eye(e.eyes().left()), eye(e.eyes().right())));
        return attributes.isEmpty() ? null : attributes;
    }

    static Quality qualityOf(FaceEstimations e) {
        var q = e.quality();
        return q == null ? null : new Quality(q.blurriness(), q.dark(), q.illumination(), q.specularity(), q.light());
    }

    private static Eye eye(org.openluna.shared.clients.inference.Eyes.Eye eye) {
        return new Eye(eyeState(eye));
    }

    /** The state LUNA names for an eye: "open" when the model finds it more likely open than not. */
    public static String eyeState(org.openluna.shared.clients.inference.Eyes.Eye eye) {
        return eye.open() > 0.5f ? "open" : "closed";
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
        String predominant = null;
        for (var entry : estimations.entrySet()) {
            if (predominant == null || entry.getValue() > estimations.get(predominant)) {
                predominant = entry.getKey();
            }
        }
        return new EmotionsView(estimations, predominant);
    }
}
