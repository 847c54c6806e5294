package org.openluna.protocol.inference;

/** Head rotation in degrees, 0 for a frontal face. */
public record HeadPose(float yaw, float pitch, float roll) {}
