package org.openluna.shared.attributes;

import java.util.List;

/**
 * A face's {@code basic_attributes}: age in years, gender (0 female, 1 male, as the seed's gender
 * filter has it, l.8689) and ethnicity as the seed's ethnic group codes 1-4 (l.8693).
 *
 * @param ethnicity null when it was not estimated: no model we can obtain estimates ethnicity, and
 *                  the platform does not make one up; a client may still send one from elsewhere
 */
public record BasicAttributes(int age, int gender, Integer ethnicity) {
    /** What the inference service estimates of one sample: age in years, and how likely the face is male (0 to 1). */
    public record Estimate(float ageYears, float maleProbability) {}

    // The seed prints no bounds; a person's age in years fits these, and so does every estimate
    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 120;
    public static final int MIN_ETHNICITY = 1;
    public static final int MAX_ETHNICITY = 4;

    public BasicAttributes {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
        if (gender != 0 && gender != 1) {
            throw new IllegalArgumentException("gender must be 0 or 1: " + gender);
        }
        if (ethnicity != null && (ethnicity < MIN_ETHNICITY || ethnicity > MAX_ETHNICITY)) {
            throw new IllegalArgumentException("ethnicity out of range: " + ethnicity);
        }
    }

    /**
     * The basic attributes of a face seen in one or more samples ({@code aggregate_attributes}): the
     * mean age, rounded to whole years as the API prints it, and male when the mean probability is
     * above one half. Averaging the probabilities rather than voting lets a confident sample outweigh
     * a doubtful one. Ethnicity is left unknown.
     */
    public static BasicAttributes meanOf(List<Estimate> estimates) {
        if (estimates.isEmpty()) {
            throw new IllegalArgumentException("no estimates to aggregate");
        }
        double age = estimates.stream().mapToDouble(Estimate::ageYears).average().orElseThrow();
        double male = estimates.stream().mapToDouble(Estimate::maleProbability).average().orElseThrow();
        return new BasicAttributes(Math.clamp(Math.round(age), MIN_AGE, MAX_AGE), male > 0.5 ? 1 : 0, null);
    }
}
