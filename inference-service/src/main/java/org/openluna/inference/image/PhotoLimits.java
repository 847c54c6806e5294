package org.openluna.inference.image;

import org.openluna.protocol.PhotoSize;

/**
 * The sizes of photo we agree to decode, checked from the file's header before any pixels are
 * unpacked, so a small file that claims a huge raster (a decompression bomb) never allocates it.
 *
 * @param minSidePixels the shortest side we accept
 * @param maxSidePixels the longest side we accept
 * @param maxPixels     the largest width x height we accept
 */
public record PhotoLimits(int minSidePixels, int maxSidePixels, long maxPixels) {

    /**
     * 20 px: the detector's smallest anchor is 10 px at its 320x240 input, and the crops for
     * landmarks and descriptors need a margin round the face, so a side under 20 px cannot hold a face
     * we could find. 8192 px and 40 MP: room for every phone and DSLR photo sent at full size (a 12 MP
     * phone photo is 4032x3024, a 36 MP camera 7360x4912), while one decoded photo stays near
     * 120 MB of RGB.
     */
    public static final PhotoLimits DEFAULT = new PhotoLimits(20, PhotoSize.MAX_SIDE_PIXELS, PhotoSize.MAX_PIXELS);

    public PhotoLimits {
        if (minSidePixels < 1) {
            throw new IllegalArgumentException("the minimum side must be at least 1 px, got " + minSidePixels);
        }
        if (maxSidePixels < minSidePixels) {
            throw new IllegalArgumentException("the maximum side " + maxSidePixels + " px is below the minimum " + minSidePixels + " px");
        }
        if (maxPixels < (long) minSidePixels * minSidePixels) {
            throw new IllegalArgumentException("at most " + maxPixels + " pixels leaves no room for a "
                    + minSidePixels + "x" + minSidePixels + " px photo");
        }
    }

    /** Refuses a photo of this size with {@link PhotoRejected.Reason#TOO_SMALL} or {@link PhotoRejected.Reason#TOO_LARGE}. */
    public void check(int width, int height) {
        if (width < minSidePixels || height < minSidePixels) {
            throw new PhotoRejected(PhotoRejected.Reason.TOO_SMALL, "the image is " + width + "x" + height
                    + " px; each side must be at least " + minSidePixels + " px to hold a face");
        }
        if (width > maxSidePixels || height > maxSidePixels) {
            throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE, "the image is " + width + "x" + height
                    + " px; neither side may exceed " + maxSidePixels + " px");
        }
        if ((long) width * height > maxPixels) {
            throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE, "the image is " + width + "x" + height
                    + " px; it may hold at most " + maxPixels + " pixels");
        }
    }
}
