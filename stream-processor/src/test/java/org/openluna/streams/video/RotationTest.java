package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final int RED = 0xff0000;
    private static final int GREEN = 0x00ff00;
    private static final int BLUE = 0x0000ff;

    // red green
    // blue (black)
    private static BufferedImage corners() {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, RED);
        image.setRGB(1, 0, GREEN);
        image.setRGB(0, 1, BLUE);
        return image;
    }

    @Test
    void ninetyDegreesClockwiseMovesTheTopLeftCornerTopRight() {
        BufferedImage turned = Rotation.CLOCKWISE_90.applyTo(corners());

        assertThat(rgb(turned, 1, 0)).isEqualTo(RED);
        assertThat(rgb(turned, 1, 1)).isEqualTo(GREEN);
        assertThat(rgb(turned, 0, 0)).isEqualTo(BLUE);
    }

    @Test
    void halfATurnMovesTheTopLeftCornerBottomRight() {
        BufferedImage turned = Rotation.CLOCKWISE_180.applyTo(corners());

        assertThat(rgb(turned, 1, 1)).isEqualTo(RED);
        assertThat(rgb(turned, 0, 1)).isEqualTo(GREEN);
        assertThat(rgb(turned, 1, 0)).isEqualTo(BLUE);
    }

    @Test
    void twoSeventyDegreesClockwiseMovesTheTopLeftCornerBottomLeft() {
        BufferedImage turned = Rotation.CLOCKWISE_270.applyTo(corners());

        assertThat(rgb(turned, 0, 1)).isEqualTo(RED);
        assertThat(rgb(turned, 0, 0)).isEqualTo(GREEN);
        assertThat(rgb(turned, 1, 1)).isEqualTo(BLUE);
    }

    @Test
    void noRotationStillHandsOutACopy() {
        BufferedImage source = corners();
        BufferedImage copy = Rotation.NONE.applyTo(source);
        source.setRGB(0, 0, GREEN);

        assertThat(rgb(copy, 0, 0)).isEqualTo(RED);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
