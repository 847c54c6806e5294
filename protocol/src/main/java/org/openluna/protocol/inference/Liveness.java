package org.openluna.protocol.inference;

/** How likely the face is of a live person rather than a spoof (0..1). */
public record Liveness(float score) {}
