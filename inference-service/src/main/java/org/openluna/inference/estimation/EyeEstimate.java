package org.openluna.inference.estimation;

/** One eye: the model's probability that it is open, and the state that follows from it. */
public record EyeEstimate(float openScore) {

    public EyeEstimate {
        if (!(openScore >= 0 && openScore <= 1)) {
            throw new IllegalArgumentException("an eye score lies in [0, 1], got " + openScore);
        }
    }

    /** Open when the open class outweighs the closed one, as lib/fr_eye.js compares them. */
    public EyeState state() {
        return openScore > 0.5f ? EyeState.OPEN : EyeState.CLOSED;
    }
}
