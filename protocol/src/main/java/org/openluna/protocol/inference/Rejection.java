package org.openluna.protocol.inference;

/** Why one input could not be used: a reason the API maps to its error, and words for a person. */
public record Rejection(RejectionReason reason, String detail) {}
