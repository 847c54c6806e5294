package org.openluna.protocol.inference;

/** Each eye's state; {@code left} is the eye on the left of the photo. */
public record Eyes(Eye left, Eye right) {

    /** {@code open} is the probability the eye is open. */
    public record Eye(float open) {}
}
