package org.openluna.inference.engine;

import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.face.Landmarks;
import org.openluna.inference.image.RgbImage;

/**
 * A face found in a photo: where it is, its 68 points, the five points it was aligned by, its aligned 250x250 sample, and its descriptor when one was asked for (else null).
 */
public record FoundFace(FaceBox box, Landmarks landmarks, float[] fivePoints, RgbImage sample, float[] descriptor) {}
