package org.openluna.inference.image;

/** The output grid of a {@link Sampler} map, one row at a time, as interleaved RGB in 0..255. */
sealed interface OutputRows permits AxisAlignedRows, AnyAffineRows {

    /** Writes row {@code oy} as r, g, b of each output pixel into {@code rgb}. */
    void row(int oy, float[] rgb);
}
