package org.openluna.inference.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/** Photo files built byte by byte for the decoder's tests, each as small as its case allows. */
final class PhotoFiles {
    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;
    static final int WHITE = 0xFFFFFF;

    private PhotoFiles() {
    }

    /** Red top left, green top right, blue bottom left, white bottom right: every turn and flip looks different. */
    static BufferedImage quadrants(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean right = x >= width / 2;
                boolean bottom = y >= height / 2;
                image.setRGB(x, y, bottom ? (right ? WHITE : BLUE) : (right ? GREEN : RED));
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format + " and " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG at the highest quality, so flat colours come back within a few levels. */
    static byte[] bestJpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an Exif APP1 segment right after SOI, as cameras write it: a big-endian TIFF
     * header and one IFD holding only the Orientation tag (0x0112, SHORT).
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        var tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN)
                .put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8)          // header, IFD0 at 8
                .putShort((short) 1)                                                      // one entry
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);                                                               // no next IFD
        var exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.capacity();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An uncompressed little-endian RGB TIFF of the image, with the given Orientation tag. */
    static byte[] tiff(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        int entries = 10;
        int bitsPerSampleAt = 8 + 2 + entries * 12 + 4;
        int pixelsAt = bitsPerSampleAt + 6;
        var out = ByteBuffer.allocate(pixelsAt + width * height * 3).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8)
                .putShort((short) entries);
        shortEntry(out, 256, width);
        shortEntry(out, 257, height);
        out.putShort((short) 258).putShort((short) 3).putInt(3).putInt(bitsPerSampleAt);
        shortEntry(out, 259, 1);            // no compression
        shortEntry(out, 262, 2);            // RGB
        out.putShort((short) 273).putShort((short) 4).putInt(1).putInt(pixelsAt);
        shortEntry(out, 274, orientation);
        shortEntry(out, 277, 3);
        shortEntry(out, 278, height);
        out.putShort((short) 279).putShort((short) 4).putInt(1).putInt(width * height * 3);
        out.putInt(0);
        out.putShort((short) 8).putShort((short) 8).putShort((short) 8);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                out.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
            }
        }
        return out.array();
    }

    private static void shortEntry(ByteBuffer out, int tag, int value) {
        out.putShort((short) tag).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0);
    }


    /**
     * A CMYK JPEG as Photoshop writes it: four inverted components and an Adobe APP14 segment
     * saying "no colour transform". Every pixel is the given ink (0..255 each).
     */
    static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) {
        var raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        var inverted = new int[] {255 - cyan, 255 - magenta, 255 - yellow, 255 - black};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, inverted);
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var encoded = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);   // a raster is written as its raw components
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = encoded.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0});
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A Netpbm file: P2/P3 write the samples as text, P5/P6 as bytes. */
    static byte[] netpbm(String magic, int width, int height, int[] samples) {
        var header = magic + "\n# written by the decoder's tests\n" + width + " " + height + "\n255\n";
        var out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        boolean ascii = magic.equals("P2") || magic.equals("P3");
        for (int i = 0; i < samples.length; i++) {
            if (ascii) {
                out.writeBytes((samples[i] + (i % 12 == 11 ? "\n" : " ")).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(samples[i]);
            }
        }
        return out.toByteArray();
    }
}
