package org.openluna.protocol.inference;

/** A rectangle in pixels, as the API writes it. */
public record Rect(int x, int y, int width, int height) {}
