package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.inference.image.Pixels.pixel;
import static org.openluna.inference.image.Pixels.unsigned;

import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of raster a decoder hands back (Netpbm text, grey, 16-bit, palette, alpha, CMYK) ends as 8-bit RGB. */
class PhotoPixelFormatsTest {
    private final PhotoDecoder decoder = new PhotoDecoder(PhotoLimits.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"P3", "P6"})
    void aPixmapDecodesInItsAsciiAndBinaryForms(String magic) {
        var samples = new int[30 * 20 * 3];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i * 7 % 256;
        }

        var image = decoder.decode(PhotoFiles.netpbm(magic, 30, 20, samples), PhotoContentType.binary(PhotoFormat.PNM));

        assertThat(image.width()).isEqualTo(30);
        assertThat(image.height()).isEqualTo(20);
        assertThat(unsigned(image.rgb())).isEqualTo(samples);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2", "P5"})
    void aGreymapDecodesToEqualRedGreenAndBlue(String magic) {
        var levels = new int[30 * 20];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = i % 256;
        }

        var image = decoder.decode(PhotoFiles.netpbm(magic, 30, 20, levels), PhotoContentType.binary(PhotoFormat.PNM));

        assertThat(unsigned(image.rgb())).isEqualTo(Arrays.stream(levels).flatMap(v -> Arrays.stream(new int[] {v, v, v})).toArray());
    }

    @Test
    void aGreyPngKeepsItsLevelsWithoutGammaBrightening() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(3, 4, 0, 128);
        grey.getRaster().setSample(5, 6, 0, 50);

        var image = decoder.decode(PhotoFiles.encode(grey, "png"));

        assertThat(pixel(image, 3, 4)).containsExactly(128, 128, 128);
        assertThat(pixel(image, 5, 6)).containsExactly(50, 50, 50);
        assertThat(pixel(image, 0, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void aSixteenBitGreyPngIsScaledToEightBits() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(1, 1, 0, 65535);
        grey.getRaster().setSample(2, 2, 0, 32896);   // 128 * 257

        var image = decoder.decode(PhotoFiles.encode(grey, "png"));

        assertThat(pixel(image, 1, 1)).containsExactly(255, 255, 255);
        assertThat(pixel(image, 2, 2)).containsExactly(128, 128, 128);
    }

    @Test
    void aSixteenBitColourPngIsScaledToEightBits() {
        var model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        var colour = new BufferedImage(model, model.createCompatibleWritableRaster(32, 32), false, null);
        colour.getRaster().setPixel(7, 8, new int[] {65535, 32896, 0});

        var image = decoder.decode(PhotoFiles.encode(colour, "png"));

        assertThat(pixel(image, 7, 8)).containsExactly(255, 128, 0);
    }

    @Test
    void aPalettePngDecodesToItsPaletteColours() {
        var palette = new IndexColorModel(8, 3, new byte[] {(byte) 200, 10, 0}, new byte[] {30, (byte) 220, 0},
                new byte[] {40, 50, (byte) 255});
        var indexed = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setSample(0, 0, 0, 0);
        indexed.getRaster().setSample(1, 0, 0, 1);
        indexed.getRaster().setSample(2, 0, 0, 2);

        var image = decoder.decode(PhotoFiles.encode(indexed, "png"));

        assertThat(pixel(image, 0, 0)).containsExactly(200, 30, 40);
        assertThat(pixel(image, 1, 0)).containsExactly(10, 220, 50);
        assertThat(pixel(image, 2, 0)).containsExactly(0, 0, 255);
    }

    @Test
    void aTransparentPngIsCompositedOntoBlack() {
        var translucent = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        translucent.setRGB(0, 0, 0xFF_C86432);              // opaque (200, 100, 50)
        translucent.setRGB(1, 0, 0x80_C86432);              // half transparent
        translucent.setRGB(2, 0, 0x00_FFFFFF);              // fully transparent white

        var image = decoder.decode(PhotoFiles.encode(translucent, "png"));

        assertThat(pixel(image, 0, 0)).containsExactly(200, 100, 50);
        assertThat(pixel(image, 1, 0)).containsExactly(100, 50, 25);
        assertThat(pixel(image, 2, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void aGreyJpegDecodesToEqualRedGreenAndBlue() {
        var grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 32, 32);
        g.dispose();

        var image = decoder.decode(PhotoFiles.bestJpeg(grey));

        var level = pixel(image, 16, 16);
        assertThat(level[0]).isBetween(88, 92);
        assertThat(level).containsExactly(level[0], level[0], level[0]);
    }

    @Test
    void aCmykJpegDecodesToRgb() {
        var image = decoder.decode(PhotoFiles.cmykJpeg(32, 32, 0, 255, 255, 0));   // magenta + yellow ink: red

        var red = pixel(image, 16, 16);
        assertThat(red[0]).isGreaterThan(180);
        assertThat(red[1]).isLessThan(90);
        assertThat(red[2]).isLessThan(90);
    }}
