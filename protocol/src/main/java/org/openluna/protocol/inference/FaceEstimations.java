package org.openluna.protocol.inference;

/** What was estimated of one face; each part is null unless it was asked for. */
public record FaceEstimations(Float age, Float gender, HeadPose headPose, Emotions emotions, Liveness liveness,
                              Eyes eyes, Quality quality, Mask mask, Mouth mouth) {

    public static FaceEstimations none() {
        return new FaceEstimations(null, null, null, null, null, null, null, null, null);
    }
}
