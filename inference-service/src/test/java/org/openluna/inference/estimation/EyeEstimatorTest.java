package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EyeEstimatorTest {
    private GroupPhotos photos;
    private EyeEstimator eyes;

    @BeforeAll
    void loadTheModels() {
        photos = GroupPhotos.shared();
        eyes = new EyeEstimator(photos.model(Asset.EYES));
    }

    @Test
    void theWideOpenEyesOfEveryoneInSample3AndSample6ReadOpen() {
        var faces = new ArrayList<LandmarkedFace>();
        for (var photo : List.of(Asset.PHOTO_3, Asset.PHOTO_6)) {
            faces.addAll(photos.landmarkedOf(photo));
        }
        assertThat(eyes.estimate(faces)).hasSize(7).allSatisfy(both -> {
            assertThat(both.left().state()).isEqualTo(EyeState.OPEN);
            assertThat(both.right().state()).isEqualTo(EyeState.OPEN);
        });
    }

    @Test
    void theLoweredLidsOfTheWomanLookingDownOnTheRightOfSample2ReadClosed() {
        var both = eyes.estimate(List.of(photos.landmarkedFace(Asset.PHOTO_2, 2))).getFirst();
        assertThat(both.left().state()).isEqualTo(EyeState.CLOSED);
        assertThat(both.right().state()).isEqualTo(EyeState.CLOSED);
    }

    @Test
    void theLeftEyeIsTheOneOnTheLeftOfThePhoto() {
        var face = photos.landmarkedFace(Asset.PHOTO_6, 0);
        var points = face.landmarks();
        var left = EyeEstimator.eyeSquare(points, true, face.photo().width(), face.photo().height());
        var right = EyeEstimator.eyeSquare(points, false, face.photo().width(), face.photo().height());
        assertThat(left.left()).isLessThan(right.left());
    }
}
