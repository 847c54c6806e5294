package org.openluna.shared.blobs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** PNG files that lie about their size or hide a huge raster in a small file, for the tests of every module that reads photos. */
public final class PngFiles {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The zlib stream of no data: a header that claims a raster, with nothing behind it. */
    private static final byte[] NO_PIXELS = {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01};

    private PngFiles() {}

    /** A PNG whose header claims {@code width x height} with almost no pixel data: checked before decoding, never decoded. */
    public static byte[] header(int width, int height) {
        return png(width, height, NO_PIXELS);
    }

    /** A valid PNG of {@code side x side} black pixels: a decompression bomb, its raster far larger than its file. */
    public static byte[] bomb(int side) {
        var deflater = new Deflater(9);
        var compressed = new ByteArrayOutputStream();
        var row = new byte[1 + side * 3];
        var buffer = new byte[64 * 1024];
        for (int y = 0; y < side; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return png(side, side, compressed.toByteArray());
    }

    private static byte[] png(int width, int height, byte[] pixels) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", pixels);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
