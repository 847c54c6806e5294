package org.openluna.protocol.inference;

/**
 * A mouth's state as the seed shows it: the probabilities it is open, covered and smiling, and
 * {@code score}, the probability it is neither smiling nor covered.
 */
public record Mouth(float opened, float occluded, float smile, float score) {}
