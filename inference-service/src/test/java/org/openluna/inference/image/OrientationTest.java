package org.openluna.inference.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    /**
     * The stored raster is two rows, "abc" over "def"; each case writes the upright picture row by
     * row, as the EXIF specification draws the eight orientations.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, abc/def",
            "2, cba/fed",
            "3, fed/cba",
            "4, def/abc",
            "5, ad/be/cf",
            "6, da/eb/fc",
            "7, fc/eb/da",
            "8, cf/be/ad"})
    void eachOrientationMovesEveryPixelWhereTheExifSpecificationSays(int exifValue, String upright) {
        var stored = picture("abc/def");

        var turned = Orientation.ofExifValue(exifValue).apply(stored);

        var expected = picture(upright);
        assertThat(turned.width()).isEqualTo(expected.width());
        assertThat(turned.height()).isEqualTo(expected.height());
        assertThat(new String(turned.rgb(), StandardCharsets.US_ASCII))
                .isEqualTo(new String(expected.rgb(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @CsvSource({"0", "9", "-1", "65535"})
    void aValueOutsideOneToEightLeavesThePictureAsStored(int exifValue) {
        assertThat(Orientation.ofExifValue(exifValue)).isEqualTo(Orientation.UPRIGHT);
    }

    /** Rows separated by '/', each letter one pixel whose three channels all hold that letter. */
    private static RgbImage picture(String rows) {
        String[] lines = rows.split("/");
        int width = lines[0].length();
        var rgb = new byte[lines.length * width * 3];
        int at = 0;
        for (String line : lines) {
            for (char c : line.toCharArray()) {
                rgb[at++] = (byte) c;
                rgb[at++] = (byte) c;
                rgb[at++] = (byte) c;
            }
        }
        return new RgbImage(width, lines.length, rgb);
    }
}
