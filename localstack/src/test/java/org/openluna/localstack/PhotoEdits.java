package org.openluna.localstack;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.openluna.inference.models.Asset;

/** Edited copies of the test photos, made as a photo editor would: cut, scaled, darkened, blurred, turned. */
final class PhotoEdits {
    private PhotoEdits() {}

    static BufferedImage read(Asset photo) {
        try {
            var decoded = ImageIO.read(new ByteArrayInputStream(DetectorTest.photo(photo)));
            return copyOf(decoded, decoded.getWidth(), decoded.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage crop(BufferedImage image, int x, int y, int width, int height) {
        var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = out.createGraphics();
        graphics.drawImage(image, -x, -y, null);
        graphics.dispose();
        return out;
    }

    static BufferedImage scaled(BufferedImage image, double factor) {
        return copyOf(image, (int) Math.round(image.getWidth() * factor), (int) Math.round(image.getHeight() * factor));
    }

    /** Every channel times {@code factor}, as an underexposed shot. */
    static BufferedImage darkened(BufferedImage image, float factor) {
        return new RescaleOp(factor, 0, null).filter(image, null);
    }

    /** A {@code size x size} box blur, as a shot out of focus. */
    static BufferedImage blurred(BufferedImage image, int size) {
        var weights = new float[size * size];
        Arrays.fill(weights, 1f / weights.length);
        return new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    /** Turned by {@code degrees} (clockwise on screen) about the point {@code (x, y)}, the size kept. */
    static BufferedImage turned(BufferedImage image, double degrees, int x, int y) {
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = out.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.rotate(Math.toRadians(degrees), x, y);
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return out;
    }

    static byte[] encode(BufferedImage image, String format) {
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

    private static BufferedImage copyOf(BufferedImage image, int width, int height) {
        var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = out.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return out;
    }
}
