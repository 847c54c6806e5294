package org.openluna.functions.detector;

/**
 * A face's liveness as the API names it ({@code prediction}: "real", "spoof", "unknown") and numbers
 * it in {@code liveness_states} filters (0 spoof, 1 real, 2 unknown; the seed's {@code /6/liveness}
 * example gives prediction 1 for its real faces, l.14833). The model is a two-class softmax, so a face
 * is real when its probability of being real reaches one half. LUNA answers "unknown" when the image
 * is too poor to judge; nothing here measures that, so no face is ever "unknown".
 */
public enum LivenessState {
    SPOOF(0, "spoof"),
    REAL(1, "real"),
    UNKNOWN(2, "unknown");

    static final float REAL_FROM = 0.5f;

    private final int code;
    private final String lunaName;

    LivenessState(int code, String lunaName) {
        this.code = code;
        this.lunaName = lunaName;
    }

    public static LivenessState of(float realProbability) {
        return realProbability >= REAL_FROM ? REAL : SPOOF;
    }

    /** The state a {@code liveness_states} code names; the caller has checked the code is 0, 1 or 2. */
    public static LivenessState ofCode(int code) {
        for (var state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException("no liveness state " + code);
    }

    public int code() {
        return code;
    }

    public String lunaName() {
        return lunaName;
    }
}
