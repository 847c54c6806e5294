package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openluna.inference.detection.FaceBox;

class CropRectTest {

    @Test
    void aScaledCropInTheMiddleOfThePhotoStaysCentredOnTheBox() {
        var crop = CropRect.scaledAboutCentre(new FaceBox(400, 300, 500, 400, 1), 1.4, 1920, 1280);
        assertThat(crop).isEqualTo(new CropRect(380, 280, 140, 140));
    }

    @Test
    void aScaledCropReachingPastTheTopLeftCornerIsMovedInsideWhole() {
        var crop = CropRect.scaledAboutCentre(new FaceBox(10, 5, 110, 105, 1), 2.7, 1920, 1280);
        assertThat(crop.left()).isZero();
        assertThat(crop.top()).isZero();
        assertThat(crop.width()).isEqualTo(270);
        assertThat(crop.height()).isEqualTo(270);
    }

    @Test
    void aScaledCropNeverGrowsBeyondThePhoto() {
        var crop = CropRect.scaledAboutCentre(new FaceBox(100, 100, 300, 300, 1), 2.7, 320, 240);
        assertThat(crop.left() + crop.width()).isLessThanOrEqualTo(320);
        assertThat(crop.top() + crop.height()).isLessThanOrEqualTo(240);
    }

    @Test
    void theExpressionCropGrowsFromTheTopLeftCornerAndIsPushedBackAtTheRightEdge() {
        assertThat(CropRect.fromCorner(new FaceBox(100, 100, 200, 200, 1), 1.2, 1920, 1280))
                .isEqualTo(new CropRect(100, 100, 120, 120));
        assertThat(CropRect.fromCorner(new FaceBox(1850, 100, 1910, 160, 1), 1.2, 1920, 1280))
                .isEqualTo(new CropRect(1848, 100, 72, 72));
    }

    @Test
    void thePoseCropIsTheBoxWidenedByAQuarterOnEachSide() {
        assertThat(CropRect.widened(new FaceBox(400, 400, 600, 600, 1), 0.25, 1920, 1280))
                .isEqualTo(new CropRect(350, 350, 300, 300));
    }

    @Test
    void anEyeSquareAtThePhotosEdgeShrinksToFit() {
        var crop = CropRect.squareAbout(1915, 50, 20, 1920, 1280);
        assertThat(crop.left() + crop.width()).isLessThanOrEqualTo(1920);
        assertThat(crop.width()).isEqualTo(crop.height());
    }
}
