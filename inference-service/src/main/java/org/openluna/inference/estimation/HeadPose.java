package org.openluna.inference.estimation;

/**
 * The head's rotation in degrees, as the API reports it in {@code head_pose} (seed
 * luna-platform-api-v6.txt, detector response: {@code "pitch"}, {@code "roll"}, {@code "yaw"}, each a
 * number of degrees). Roll follows the line between the eyes: positive when the eye on the right of the
 * photo sits lower. Yaw is positive when the face turns towards the left of the photo, pitch negative
 * when it looks down (as the faces of the test photos show them).
 */
public record HeadPose(float pitch, float roll, float yaw) {

    public HeadPose {
        if (!Float.isFinite(pitch) || !Float.isFinite(roll) || !Float.isFinite(yaw)) {
            throw new IllegalArgumentException("head pose angles must be finite, got " + pitch + ", " + roll + ", " + yaw);
        }
    }
}
