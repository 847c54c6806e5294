package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final PixelScaling RAW = PixelScaling.rgb(0, 1);

    private static RgbImage noise(int width, int height, long seed) {
        var rgb = new byte[width * height * 3];
        new Random(seed).nextBytes(rgb);
        return new RgbImage(width, height, rgb);
    }

    private static RgbImage flat(int width, int height, int red, int green, int blue) {
        var rgb = new byte[width * height * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) red;
            rgb[i + 1] = (byte) green;
            rgb[i + 2] = (byte) blue;
        }
        return new RgbImage(width, height, rgb);
    }

    @ParameterizedTest
    @CsvSource({"0.7,1,1,-5.3,-3.7", "1.3,1,2,-5.3,-3.7", "1.9,1,2,-5.3,-3.7", "1.5,1.2,2,-5.3,-3.7", "3.2,2.5,4,-5.3,-3.7",
            "1.3,1,2,60.2,35.1", "1.9,1.5,2,30.6,20.3", "0.9,0.8,1,70.5,40.5"})
    void theTwoPassKernelsGiveWhatTheTapGridGivesPixelByPixel(double scaleX, double scaleY, int taps, double left, double top) {
        var image = noise(97, 61, 7);
        // the grids start above and left of the image or run past its right and bottom edges, so the
        // black border is part of what is compared
        var map = new Affine(scaleX, 0, left, 0, scaleY, top);
        int outWidth = 40;
        int outHeight = 30;
        var twoPass = new AxisAlignedRows(image, map, outWidth, outHeight, taps);
        var tapGrid = new AnyAffineRows(image, map, outWidth, taps);
        var expected = new float[3 * outWidth];
        var actual = new float[3 * outWidth];
        for (int oy = 0; oy < outHeight; oy++) {
            tapGrid.row(oy, expected);
            twoPass.row(oy, actual);
            for (int i = 0; i < actual.length; i++) {
                assertThat(actual[i]).as("row %d value %d", oy, i).isCloseTo(expected[i], within(1e-3f));
            }
        }
    }

    @Test
    void aHalfImageIsTheMeanOfEachBlockAndAnEdgeBlockOfWhatItHas() {
        var image = new RgbImage(3, 1, new byte[] {10, 20, 30, 30, 40, 50, (byte) 200, 100, 0});

        var half = image.half();

        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(1);
        assertThat(Pixels.unsigned(half.rgb())).containsExactly(20, 30, 40, 200, 100, 0);
        assertThat(image.half()).isSameAs(half);
    }

    @Test
    void shrinkingOnePixelStripesSixfoldGivesTheirMeanNotStripes() {
        var rgb = new byte[600 * 480 * 3];
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 600; x += 2) {
                int at = (y * 600 + x) * 3;
                rgb[at] = rgb[at + 1] = rgb[at + 2] = (byte) 255;
            }
        }
        var stripes = new RgbImage(600, 480, rgb);

        float[] out = Sampler.sample(stripes, Affine.fromGridToRect(100, 80, 0, 0, 600, 480), 100, 80, RAW);

        // the outermost output pixels have taps reaching past the photo, into the black border
        for (int y = 1; y < 79; y++) {
            for (int x = 1; x < 99; x++) {
                assertThat(out[y * 100 + x]).as("red at %d, %d", x, y).isCloseTo(127.5f, within(2f));
            }
        }
    }

    @Test
    void aFlatColourStaysExactThroughTheHalfSizeImages() {
        var image = flat(1000, 700, 200, 100, 50);

        float[] out = Sampler.sample(image, Affine.fromGridToRect(32, 24, 100.3, 50.7, 800, 600), 32, 24, RAW);

        int plane = 32 * 24;
        for (int i = 0; i < plane; i++) {
            assertThat(out[i]).isCloseTo(200f, within(0.01f));
            assertThat(out[plane + i]).isCloseTo(100f, within(0.01f));
            assertThat(out[2 * plane + i]).isCloseTo(50f, within(0.01f));
        }
    }

    @Test
    void whatLiesOutsideThePhotoIsBlack() {
        var image = flat(40, 40, 255, 255, 255);

        // the right half of the output grid maps beyond the photo's right edge
        float[] out = Sampler.sample(image, Affine.fromGridToRect(20, 10, 20, 0, 40, 20), 20, 10, RAW);

        assertThat(out[5 * 20 + 2]).isCloseTo(255f, within(0.01f));
        assertThat(out[5 * 20 + 17]).isZero();
    }

    @Test
    void aTurnedWarpReadsThePixelsItLandsOn() {
        var image = noise(50, 50, 3);
        // a quarter turn: output (x, y) reads the photo at (y, 49 - x), exactly on pixel centres
        var quarterTurn = new Affine(0, 1, 0, -1, 0, 49);

        var turned = Sampler.warp(image, quarterTurn, 50, 50);

        for (int y = 0; y < 50; y += 7) {
            for (int x = 0; x < 50; x += 5) {
                for (int c = 0; c < 3; c++) {
                    assertThat(turned.channel(x, y, c)).isEqualTo(image.channel(y, 49 - x, c));
                }
            }
        }
    }
}
