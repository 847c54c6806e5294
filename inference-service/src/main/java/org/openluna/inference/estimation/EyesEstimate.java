package org.openluna.inference.estimation;

import java.util.Objects;

/**
 * Both eyes of a face, as the API reports them in {@code eyes_attributes}: {@code "left_eye"} and
 * {@code "right_eye"}, each with {@code "state"} and {@code "iris_landmarks"} (seed
 * luna-platform-api-v6.txt, detector response). "Left" is the eye on the left of the photo (landmarks
 * 36-41): the seed's example gives its left eye the smaller x. No model here finds the 32 iris points,
 * so this carries the states and their scores only.
 */
public record EyesEstimate(EyeEstimate left, EyeEstimate right) {

    public EyesEstimate {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
