package org.openluna.inference.estimation;

/**
 * A face's apparent age in years, as the model estimates it (a fraction, not rounded).
 *
 * <p>The API reports it as {@code basic_attributes.age}, a whole number of years (seed
 * luna-platform-api-v6.txt, detector response {@code "age": 24}); {@link #wholeYears} gives that number.
 */
public record AgeEstimate(float years) {

    public AgeEstimate {
        if (!Float.isFinite(years)) {
            throw new IllegalArgumentException("an age must be a finite number, got " + years);
        }
    }

    /** The age rounded to whole years and kept within the model's range of 0 to 100. */
    public int wholeYears() {
        return Math.clamp(Math.round(years), 0, 100);
    }
}
