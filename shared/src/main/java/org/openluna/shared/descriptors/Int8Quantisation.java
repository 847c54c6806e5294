package org.openluna.shared.descriptors;

/**
 * How a descriptor's float components are stored: one signed byte each, {@code round(x * SCALE)}
 * clamped to [-127, 127].
 *
 * <p>The components of an L2-normalised 512-dimension vector average about 1/sqrt(512) = 0.044 in
 * size and rarely exceed 0.25, so {@link #SCALE} maps 0.25 to 127: one step is 1/508 = 0.002, and
 * the rare larger component saturates instead of wrapping. -128 is never written, so the range stays
 * symmetric and negating a descriptor is exact. Similarity is a cosine, so it does not depend on the
 * scale; the scale only decides how much of the byte range carries information.
 */
final class Int8Quantisation {
    static final float SCALE = 508f;

    private Int8Quantisation() {}

    static byte[] quantise(float[] components) {
        var bytes = new byte[components.length];
        for (int i = 0; i < components.length; i++) {
            bytes[i] = (byte) Math.clamp(Math.round(components[i] * SCALE), -127, 127);
        }
        return bytes;
    }

    static float[] dequantise(byte[] bytes) {
        var components = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            components[i] = bytes[i] / SCALE;
        }
        return components;
    }
}
