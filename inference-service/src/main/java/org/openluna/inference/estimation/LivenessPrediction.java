package org.openluna.inference.estimation;

/** The values of {@code liveness.prediction} (seed luna-platform-api-v6.txt, {@code estimate_liveness}: "real", "spoof", "unknown"). */
public enum LivenessPrediction {
    REAL("real"),
    SPOOF("spoof"),
    /** LUNA answers this when its liveness image quality is below the quality threshold; nothing here estimates that quality. */
    UNKNOWN("unknown");

    private final String lunaName;

    LivenessPrediction(String lunaName) {
        this.lunaName = lunaName;
    }

    public String lunaName() {
        return lunaName;
    }
}
