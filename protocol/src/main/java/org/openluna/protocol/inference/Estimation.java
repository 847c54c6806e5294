package org.openluna.protocol.inference;

/** The estimations the service can be asked for; {@code /1/capabilities} says which it has models for. */
public enum Estimation {
    LANDMARKS68,
    QUALITY,
    AGE,
    GENDER,
    HEAD_POSE,
    EMOTIONS,
    LIVENESS,
    EYES,
    MASK,
    MOUTH
}
