package org.openluna.inference.image;

import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * The JFIF colour conversion (ITU-R BT.601, full range) in libjpeg's own fixed-point arithmetic
 * (jdcolor.c), so a raster read without ImageIO's colour management comes out as libjpeg would
 * have converted it.
 */
final class YCbCrToRgb {
    private static final int SCALE_BITS = 16;
    private static final int HALF = 1 << (SCALE_BITS - 1);
    private static final int[] CR_TO_RED = new int[256];
    private static final int[] CB_TO_BLUE = new int[256];
    private static final int[] CR_TO_GREEN = new int[256];
    private static final int[] CB_TO_GREEN = new int[256];
    // luma plus any chroma term lies in -227..482; a table clamps it without a branch per channel
    private static final int CLAMP_OFFSET = 256;
    private static final byte[] CLAMP = new byte[768];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_TO_RED[i] = (fixed(1.40200) * x + HALF) >> SCALE_BITS;
            CB_TO_BLUE[i] = (fixed(1.77200) * x + HALF) >> SCALE_BITS;
            CR_TO_GREEN[i] = -fixed(0.71414) * x;
            CB_TO_GREEN[i] = -fixed(0.34414) * x + HALF;
        }
        for (int i = 0; i < CLAMP.length; i++) {
            CLAMP[i] = (byte) Math.clamp(i - CLAMP_OFFSET, 0, 255);
        }
    }

    private YCbCrToRgb() {}

    private static int fixed(double value) {
        return (int) (value * (1L << SCALE_BITS) + 0.5);
    }

    /** The picture of a three-band 8-bit YCbCr raster. */
    static RgbImage convert(Raster ycbcr) {
        int width = ycbcr.getWidth();
        int height = ycbcr.getHeight();
        var rgb = new byte[width * height * 3];
        if (isInterleavedBytes(ycbcr)) {
            convertInterleaved(ycbcr, rgb);
        } else {
            var row = new int[width * 3];
            for (int y = 0; y < height; y++) {
                ycbcr.getPixels(ycbcr.getMinX(), ycbcr.getMinY() + y, width, 1, row);
                for (int x = 0; x < width; x++) {
                    put(row[3 * x], row[3 * x + 1], row[3 * x + 2], rgb, (y * width + x) * 3);
                }
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static boolean isInterleavedBytes(Raster raster) {
        return raster.getDataBuffer() instanceof DataBufferByte && raster.getSampleModel() instanceof PixelInterleavedSampleModel
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    }

    private static void convertInterleaved(Raster ycbcr, byte[] rgb) {
        var sampleModel = (PixelInterleavedSampleModel) ycbcr.getSampleModel();
        var buffer = (DataBufferByte) ycbcr.getDataBuffer();
        byte[] data = buffer.getData();
        int[] offsets = sampleModel.getBandOffsets();
        int pixelStride = sampleModel.getPixelStride();
        int scanlineStride = sampleModel.getScanlineStride();
        int width = ycbcr.getWidth();
        int luma = offsets[0];
        int blue = offsets[1];
        int red = offsets[2];
        int at = 0;
        for (int y = 0; y < ycbcr.getHeight(); y++) {
            int p = buffer.getOffset() + y * scanlineStride;
            for (int x = 0; x < width; x++, p += pixelStride, at += 3) {
                put(data[p + luma] & 0xFF, data[p + blue] & 0xFF, data[p + red] & 0xFF, rgb, at);
            }
        }
    }

    private static void put(int luma, int cb, int cr, byte[] rgb, int at) {
        rgb[at] = CLAMP[CLAMP_OFFSET + luma + CR_TO_RED[cr]];
        rgb[at + 1] = CLAMP[CLAMP_OFFSET + luma + ((CB_TO_GREEN[cb] + CR_TO_GREEN[cr]) >> SCALE_BITS)];
        rgb[at + 2] = CLAMP[CLAMP_OFFSET + luma + CB_TO_BLUE[cb]];
    }
}
