package org.openluna.inference.estimation;

/**
 * Image quality of a face, each factor from 0 (poor) to 1 (good), as the API reports it in
 * {@code quality} (seed luna-platform-api-v6.txt, detector response: {@code "blurriness"},
 * {@code "dark"}, {@code "illumination"}, {@code "specularity"}, {@code "light"}; {@code estimate_quality}:
 * "It's value is in the range [0..1] where 0 corresponds to low quality and 1 to high quality"). So a
 * sharp face has a blurriness near 1 and a well exposed one a dark and a light near 1.
 */
public record FaceQuality(float blurriness, float dark, float illumination, float specularity, float light) {

    public FaceQuality {
        for (float factor : new float[] {blurriness, dark, illumination, specularity, light}) {
            if (!(factor >= 0 && factor <= 1)) {
                throw new IllegalArgumentException("quality factors lie in [0, 1], got " + factor);
            }
        }
    }
}
