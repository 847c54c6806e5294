package org.openluna.protocol.inference;

/**
 * The probabilities that a face wears a medical mask, wears none, or is covered by something else;
 * they sum to 1.
 */
public record Mask(float medicalMask, float missing, float occluded) {}
