package org.openluna.functions.liveness;

/**
 * {@code liveness} of {@code /6/liveness}: the prediction as the integer the seed's example writes (1
 * for real, l.14835; 0 for spoof), and the model's probability that the face is real.
 *
 * <p>LUNA also answers 2, "unknown", when its own estimate of the image's fitness for the check falls
 * below a quality threshold, and reports that estimate as {@code estimations.quality}. The model here
 * (fr_liveness.onnx) gives no such estimate, so neither appears: a made-up quality would let a client
 * believe an image was found fit when nothing looked.
 */
record LivenessVerdict(int prediction, Estimations estimations) {
    static final int SPOOF = 0;
    static final int REAL = 1;
    /**
     * The seed gives /6/liveness no threshold and no default (its handler examples show 0.5 and 0.7 as
     * settings, not defaults), so a face is called real when the model finds real more likely than not.
     */
    static final float REAL_FROM = 0.5f;

    record Estimations(float probability) {}

    static LivenessVerdict of(float probability) {
        return new LivenessVerdict(probability >= REAL_FROM ? REAL : SPOOF, new Estimations(probability));
    }
}
