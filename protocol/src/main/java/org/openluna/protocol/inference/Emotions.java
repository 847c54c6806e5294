package org.openluna.protocol.inference;

/** The probability of each of the seed's seven emotions; they sum to 1. */
public record Emotions(float anger, float disgust, float fear, float happiness, float sadness, float surprise, float neutral) {}
