package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EyeEstimatorTest {
    private GroupPhotos photos;
    private TestLandmarks landmarks;
    private EyeEstimator eyes;

    @BeforeAll
    void loadTheModels() {
        photos = new GroupPhotos();
        landmarks = new TestLandmarks(photos.assets().path(Asset.LANDMARKS));
        try (var options = GroupPhotos.quietOptions()) {
            eyes = new EyeEstimator(OrtEnvironment.getEnvironment(), photos.assets().path(Asset.EYES), options);
        }
    }

    @AfterAll
    void closeTheModels() {
        eyes.close();
        landmarks.close();
    }

    @Test
    void theWideOpenEyesOfEveryoneInSample3AndSample6ReadOpen() {
        var faces = new ArrayList<LandmarkedFace>();
        for (var photo : List.of(Asset.PHOTO_3, Asset.PHOTO_6)) {
            for (var face : photos.of(photo)) {
                faces.add(new LandmarkedFace(face.photo(), landmarks.of(face)));
            }
        }
        assertThat(eyes.estimate(faces)).hasSize(7).allSatisfy(both -> {
            assertThat(both.left().state()).isEqualTo(EyeState.OPEN);
            assertThat(both.right().state()).isEqualTo(EyeState.OPEN);
        });
    }

    @Test
    void theLoweredLidsOfTheWomanLookingDownOnTheRightOfSample2ReadClosed() {
        var face = photos.face(Asset.PHOTO_2, 2);
        var both = eyes.estimate(List.of(new LandmarkedFace(face.photo(), landmarks.of(face)))).getFirst();
        assertThat(both.left().state()).isEqualTo(EyeState.CLOSED);
        assertThat(both.right().state()).isEqualTo(EyeState.CLOSED);
    }

    @Test
    void theLeftEyeIsTheOneOnTheLeftOfThePhoto() {
        var face = photos.face(Asset.PHOTO_6, 0);
        var points = landmarks.of(face);
        var left = EyeEstimator.eyeSquare(points, true, face.photo().width(), face.photo().height());
        var right = EyeEstimator.eyeSquare(points, false, face.photo().width(), face.photo().height());
        assertThat(left.left()).isLessThan(right.left());
    }
}
