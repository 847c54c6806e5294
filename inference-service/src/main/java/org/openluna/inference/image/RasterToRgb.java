package org.openluna.inference.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Copies whatever a decoder produced into interleaved 8-bit RGB. The common cases (8-bit RGB in
 * any band order, as JPEG, PNG, BMP and PPM give; greyscale of any depth) read the raster's arrays
 * directly; the rest (palettes, 16-bit colour, colour spaces other than sRGB) are first drawn onto
 * an 8-bit BGR image by Java2D. Alpha is dropped by compositing onto black.
 */
final class RasterToRgb {

    private RasterToRgb() {
    }

    static RgbImage copyOf(BufferedImage image) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        var rgb = new byte[image.getWidth() * image.getHeight() * 3];
        if (isInterleavedSrgbBytes(model, raster)) {
            copyInterleaved(raster, model, rgb);
        } else if (model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            // Read grey levels as they are: Java2D would treat its grey colour space as linear and
            // brighten the picture on the way to sRGB, which no other decoder does.
            copyGrey(raster, model, rgb);
        } else {
            var drawn = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            var graphics = drawn.createGraphics();
            try {
                graphics.drawImage(image, 0, 0, null);   // the new image is black, so alpha composites onto black
            } finally {
                graphics.dispose();
            }
            copyInterleaved(drawn.getRaster(), drawn.getColorModel(), rgb);
        }
        return new RgbImage(image.getWidth(), image.getHeight(), rgb);
    }

    private static boolean isInterleavedSrgbBytes(ColorModel model, Raster raster) {
        if (!(model instanceof ComponentColorModel) || !model.getColorSpace().isCS_sRGB()
                || !(raster.getDataBuffer() instanceof DataBufferByte)
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel)
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return false;
        }
        for (int bits : model.getComponentSize()) {
            if (bits != 8) {
                return false;
            }
        }
        return true;
    }

    private static void copyInterleaved(Raster raster, ColorModel model, byte[] rgb) {
        var sampleModel = (PixelInterleavedSampleModel) raster.getSampleModel();
        var buffer = (DataBufferByte) raster.getDataBuffer();
        byte[] data = buffer.getData();
        int[] offsets = sampleModel.getBandOffsets();
        int pixelStride = sampleModel.getPixelStride();
        int scanlineStride = sampleModel.getScanlineStride();
        int red = buffer.getOffset() + offsets[0];
        int green = buffer.getOffset() + offsets[1];
        int blue = buffer.getOffset() + offsets[2];
        boolean blendAlpha = model.hasAlpha() && !model.isAlphaPremultiplied();
        int alpha = model.hasAlpha() ? buffer.getOffset() + offsets[3] : 0;
        int width = raster.getWidth();
        int at = 0;
        for (int y = 0; y < raster.getHeight(); y++) {
            int row = y * scanlineStride;
            int end = row + width * pixelStride;
            if (blendAlpha) {
                for (int p = row; p < end; p += pixelStride) {
                    int a = data[p + alpha] & 0xFF;
                    rgb[at++] = (byte) overBlack(data[p + red] & 0xFF, a);
                    rgb[at++] = (byte) overBlack(data[p + green] & 0xFF, a);
                    rgb[at++] = (byte) overBlack(data[p + blue] & 0xFF, a);
                }
            } else {
                for (int p = row; p < end; p += pixelStride) {
                    rgb[at++] = data[p + red];
                    rgb[at++] = data[p + green];
                    rgb[at++] = data[p + blue];
                }
            }
        }
    }

    private static void copyGrey(Raster raster, ColorModel model, byte[] rgb) {
        int width = raster.getWidth();
        int max = (1 << model.getComponentSize(0)) - 1;
        boolean blendAlpha = model.hasAlpha() && !model.isAlphaPremultiplied();
        int alphaMax = model.hasAlpha() ? (1 << model.getComponentSize(1)) - 1 : 1;
        var levels = new int[width];
        var alphas = new int[width];
        int at = 0;
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(0, y, width, 1, 0, levels);
            if (blendAlpha) {
                raster.getSamples(0, y, width, 1, 1, alphas);
            }
            for (int x = 0; x < width; x++) {
                int level = (levels[x] * 255 + max / 2) / max;
                if (blendAlpha) {
                    level = overBlack(level, (alphas[x] * 255 + alphaMax / 2) / alphaMax);
                }
                byte b = (byte) level;
                rgb[at++] = b;
                rgb[at++] = b;
                rgb[at++] = b;
            }
        }
    }

    private static int overBlack(int colour, int alpha) {
        return (colour * alpha + 127) / 255;
    }
}
