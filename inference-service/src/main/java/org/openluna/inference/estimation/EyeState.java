package org.openluna.inference.estimation;

/**
 * The values of {@code eyes_attributes.left_eye.state} and {@code right_eye.state}. The seed describes
 * them as "opened, closed or occluded" but every example answers {@code "open"} (seed
 * luna-platform-api-v6.txt, detector response and the face quality checks), so the examples' spelling
 * is used. The eye model has no occluded class, so {@link #OCCLUDED} is never estimated here.
 */
public enum EyeState {
    OPEN("open"),
    CLOSED("closed"),
    OCCLUDED("occluded");

    private final String lunaName;

    EyeState(String lunaName) {
        this.lunaName = lunaName;
    }

    public String lunaName() {
        return lunaName;
    }
}
