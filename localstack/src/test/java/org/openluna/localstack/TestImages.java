package org.openluna.localstack;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image files made by the JDK's encoders, so tests upload what a camera or an editor would. */
final class TestImages {
    private TestImages() {}

    static byte[] encode(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(40, 120, 200));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg() {
        return encode("jpeg", 112, 112);
    }

    /** A binary PPM (P6), which ImageIO cannot write. */
    static byte[] ppm(int width, int height) {
        var header = ("P6\n" + width + " " + height + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var out = new byte[header.length + width * height * 3];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = header.length; i < out.length; i++) {
            out[i] = (byte) (i * 31);
        }
        return out;
    }
}
