package org.openluna.inference.detection;

/** A detected face: its box in pixels of the whole photo, and the detector's score. */
public record FaceBox(float x1, float y1, float x2, float y2, float score) {

    public float width() { return x2 - x1; }

    public float height() { return y2 - y1; }

    public float area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    public float intersectionOverUnion(FaceBox other) {
        float ix = Math.max(0, Math.min(x2, other.x2) - Math.max(x1, other.x1));
        float iy = Math.max(0, Math.min(y2, other.y2) - Math.max(y1, other.y1));
        float intersection = ix * iy;
        float union = area() + other.area() - intersection;
        return union <= 0 ? 0 : intersection / union;
    }
}
