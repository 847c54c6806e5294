package org.openluna.protocol;

/**
 * The largest photo the platform decodes anywhere: the inference service refuses larger ones before
 * unpacking a pixel, and the image and sample stores refuse to keep them.
 */
public final class PhotoSize {
    /** Room for every phone and DSLR photo sent at full size (a 36 MP camera gives 7360x4912). */
    public static final int MAX_SIDE_PIXELS = 8192;
    /** One decoded photo stays near 120 MB of RGB. */
    public static final long MAX_PIXELS = 40_000_000L;

    private PhotoSize() {}
}
