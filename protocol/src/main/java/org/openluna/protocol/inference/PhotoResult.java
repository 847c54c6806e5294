package org.openluna.protocol.inference;

import java.util.List;

/** The faces of one photo, or why the photo could not be used ({@code rejection} set, no faces). */
public record PhotoResult(Rejection rejection, int width, int height, List<DetectedFace> faces) {}
