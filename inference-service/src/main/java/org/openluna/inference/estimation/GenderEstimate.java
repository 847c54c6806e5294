package org.openluna.inference.estimation;

/**
 * How male a face looks, from 0 (female) to 1 (male): the SSR-Net gender value, as the model package's
 * demo reads it ({@code > 0.6 ? "Male" : "Female"} in Faceplugin's FaceRecognition-LivenessDetection-Vue).
 *
 * <p>The API reports {@code basic_attributes.gender} as 0 for female and 1 for male (seed
 * luna-platform-api-v6.txt: "Gender. 1 - male, 0 - female"); {@link #lunaGender} gives that number.
 */
public record GenderEstimate(float maleScore) {
    /** The cut the package's demo uses; one of the 22 women of the test photos lies above it (0.67), the one man at 0.83. */
    public static final float MALE_ABOVE = 0.6f;

    public GenderEstimate {
        if (!Float.isFinite(maleScore)) {
            throw new IllegalArgumentException("a gender score must be a finite number, got " + maleScore);
        }
    }

    public boolean isMale() {
        return maleScore > MALE_ABOVE;
    }

    /** 1 for male, 0 for female, as {@code basic_attributes.gender}. */
    public int lunaGender() {
        return isMale() ? 1 : 0;
    }
}
