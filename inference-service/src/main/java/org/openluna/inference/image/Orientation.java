package org.openluna.inference.image;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The EXIF / TIFF Orientation tag (values 1 to 8), each constant named for the transform that turns
 * the stored raster upright.
 */
enum Orientation {
    UPRIGHT(1),
    MIRROR_HORIZONTAL(2),
    ROTATE_180(3),
    MIRROR_VERTICAL(4),
    TRANSPOSE(5),
    ROTATE_90_CLOCKWISE(6),
    TRANSVERSE(7),
    ROTATE_90_COUNTERCLOCKWISE(8);

    private final int exifValue;

    Orientation(int exifValue) {
        this.exifValue = exifValue;
    }

    int exifValue() {
        return exifValue;
    }

    /** The orientation a tag value names; a value outside 1..8 is treated as upright, as viewers do. */
    static Orientation ofExifValue(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
    }

    /**
     * The orientation written in a JPEG's Exif segment or a TIFF's first directory; upright when
     * there is none. A malformed Exif block also counts as upright: it says nothing trustworthy
     * about the pixels, which may still decode fine.
     */
    static Orientation of(byte[] photo, PhotoFormat format) {
        try {
            Metadata metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(new ByteArrayInputStream(photo), List.of(new ExifReader()));
                case TIFF -> TiffMetadataReader.readMetadata(new ByteArrayReader(photo));
                default -> null;
            };
            if (metadata == null) {
                return UPRIGHT;
            }
            var directory = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer value = directory == null ? null : directory.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            return value == null ? UPRIGHT : ofExifValue(value);
        } catch (Exception e) {   // metadata-extractor's checked exceptions and whatever a crafted block provokes
            return UPRIGHT;
        }
    }

    /** True when the upright picture is the stored one with width and height swapped. */
    boolean swapsSides() {
        return exifValue >= 5;
    }

    /** The upright picture; the same instance when nothing needs to move. */
    RgbImage apply(RgbImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        int w = stored.width();
        int h = stored.height();
        // Each output pixel (x, y) reads the stored pixel at start + x * stepX + y * stepY (in pixels).
        int start;
        int stepX;
        int stepY;
        switch (this) {
            case MIRROR_HORIZONTAL -> { start = w - 1; stepX = -1; stepY = w; }
            case ROTATE_180 -> { start = (h - 1) * w + w - 1; stepX = -1; stepY = -w; }
            case MIRROR_VERTICAL -> { start = (h - 1) * w; stepX = 1; stepY = -w; }
            case TRANSPOSE -> { start = 0; stepX = w; stepY = 1; }
            case ROTATE_90_CLOCKWISE -> { start = (h - 1) * w; stepX = -w; stepY = 1; }
            case TRANSVERSE -> { start = (h - 1) * w + w - 1; stepX = -w; stepY = -1; }
            case ROTATE_90_COUNTERCLOCKWISE -> { start = w - 1; stepX = w; stepY = -1; }
            default -> throw new AssertionError(this);
        }
        int outWidth = swapsSides() ? h : w;
        int outHeight = swapsSides() ? w : h;
        byte[] from = stored.rgb();
        var to = new byte[from.length];
        int at = 0;
        for (int y = 0; y < outHeight; y++) {
            int source = start + y * stepY;
            for (int x = 0; x < outWidth; x++) {
                int s = source * 3;
                to[at++] = from[s];
                to[at++] = from[s + 1];
                to[at++] = from[s + 2];
                source += stepX;
            }
        }
        return new RgbImage(outWidth, outHeight, to);
    }
}
