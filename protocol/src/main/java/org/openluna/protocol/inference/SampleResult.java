package org.openluna.protocol.inference;

/** A sample's descriptor and estimations, or why it could not be used. */
public record SampleResult(Rejection rejection, float[] descriptor, FaceEstimations estimations) {}
