package org.openluna.inference.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionPyramidTest {

    @ParameterizedTest
    @CsvSource({"1920,1280,7", "1920,1367,10", "1920,1537,10"})
    void aGroupPhotoIsLookedAtWholeAndThroughTheRegionsOfOneFinerLevel(int width, int height, int regions) {
        var tiles = DetectionPyramid.tiles(width, height, 50);
        assertThat(tiles).hasSize(regions);
        assertThat(tiles.getFirst().wholePhoto()).isTrue();
        // a 50 px face is 16 px at the detector's input
        assertThat(tiles.subList(1, regions)).allSatisfy(tile -> assertThat(tile.width()).isEqualTo(1000));
    }

    @ParameterizedTest
    @CsvSource({"4000,3000,20,4", "8000,6000,16,5", "1920,1080,100,0"})
    void finerLevelsStepByAtMostTheDetectorsRangeDownToTheSmallestFace(int width, int height, int minFaceSize, int levels) {
        var tiles = DetectionPyramid.tiles(width, height, minFaceSize);
        var widths = tiles.stream().skip(1).map(DetectionTile::width).distinct().sorted().toList();
        assertThat(widths).hasSize(levels);
        if (levels > 0) {
            assertThat(widths.getFirst()).isCloseTo(320.0 * minFaceSize / DetectionPyramid.SMALLEST_FACE_AT_INPUT, within(1e-6));
        }
    }

    @ParameterizedTest
    @CsvSource({"1920,1280,50", "1920,1080,40", "4000,3000,20", "1000,3000,30", "8000,300,20"})
    void everyFaceAFinerRegionAnswersForLiesWholeInsideOneOfThem(int width, int height, int minFaceSize) {
        var tiles = DetectionPyramid.tiles(width, height, minFaceSize);
        for (double largestFace : tiles.stream().skip(1).map(DetectionTile::largestFace).distinct().toList()) {
            double face = largestFace * 0.999;
            for (double y = 0; y + face <= height; y += 7) {
                for (double x = 0; x + face <= width; x += 7) {
                    var box = new FaceBox((float) x, (float) y, (float) (x + face), (float) (y + face), 1);
                    assertThat(tiles.stream().anyMatch(t -> !t.wholePhoto() && t.largestFace() == largestFace && holdsWhole(t, box, width, height)))
                            .as("a %.0f px face at %.0f,%.0f", face, x, y).isTrue();
                }
            }
        }
    }

    /** Inside the tile, clear of its edges that lie inside the photo by the detector's 2 px margin and 5% of jitter. */
    private static boolean holdsWhole(DetectionTile tile, FaceBox box, int width, int height) {
        double margin = 2 + 0.05 * box.width();
        return (tile.left() == 0 ? box.x1() >= 0 : box.x1() >= tile.left() + margin)
                && (tile.top() == 0 ? box.y1() >= 0 : box.y1() >= tile.top() + margin)
                && (tile.right() >= width ? box.x2() <= width : box.x2() <= tile.right() - margin)
                && (tile.bottom() >= height ? box.y2() <= height : box.y2() <= tile.bottom() - margin);
    }
}
