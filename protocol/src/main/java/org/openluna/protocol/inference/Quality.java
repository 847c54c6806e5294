package org.openluna.protocol.inference;

/** The seed's quality factors, each 0 (poor) to 1 (good). */
public record Quality(float blurriness, float dark, float light, float illumination, float specularity) {}
