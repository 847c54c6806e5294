package org.openluna.protocol.inference;

/**
 * One face: its box in photo pixels, detector score, five and (when asked) 68 points as x,y pairs in
 * photo pixels, the aligned 250x250 sample as JPEG, the L2-normalised 512-D descriptor when asked,
 * and the estimations asked for.
 */
public record DetectedFace(Rect rect, float score, float[] landmarks5, float[] landmarks68, byte[] sample,
                           float[] descriptor, FaceEstimations estimations) {}
