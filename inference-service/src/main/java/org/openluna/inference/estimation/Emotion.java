package org.openluna.inference.estimation;

/**
 * The seven emotions of the API (seed luna-platform-api-v6.txt, {@code estimate_emotions}: "anger",
 * "disgust", "fear", "happiness", "sadness", "surprise", "neutral"), declared in the order of the
 * outputs of fr_expression.onnx. That order is FER-2013's (angry, disgust, fear, happy, sad, surprise,
 * neutral), as the model package's demo labels them ({@code emotions: {0: "angry", ... 3: "smile",
 * 4: "sad", 5: "surprise", 6: "neutral"}} in Faceplugin's FaceRecognition-LivenessDetection-Vue), and
 * the smiling faces of the test photos score output 3 highest.
 */
public enum Emotion {
    ANGER("anger"),
    DISGUST("disgust"),
    FEAR("fear"),
    HAPPINESS("happiness"),
    SADNESS("sadness"),
    SURPRISE("surprise"),
    NEUTRAL("neutral");

    private final String lunaName;

    Emotion(String lunaName) {
        this.lunaName = lunaName;
    }

    /** The key in {@code emotions.estimations} and the value of {@code predominant_emotion}. */
    public String lunaName() {
        return lunaName;
    }
}
