package org.openluna.inference.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadPoseEstimatorTest {
    private GroupPhotos photos;
    private HeadPoseEstimator poses;

    @BeforeAll
    void loadTheModel() {
        photos = GroupPhotos.shared();
        poses = new HeadPoseEstimator(photos.model(Asset.HEAD_POSE));
    }

    @Test
    void theFacesOfSample3AndSample6ThatLookAtTheCameraWithTheirHeadUprightAreWithin30DegreesOfFrontal() {
        var frontal = new java.util.ArrayList<>(photos.of(Asset.PHOTO_3));
        frontal.addAll(photos.of(Asset.PHOTO_6));
        frontal.remove(photos.face(Asset.PHOTO_6, 2));
        assertThat(poses.estimate(frontal)).hasSize(6).allSatisfy(pose -> {
            assertThat(Math.abs(pose.yaw())).isLessThanOrEqualTo(30);
            assertThat(Math.abs(pose.pitch())).isLessThanOrEqualTo(30);
            assertThat(Math.abs(pose.roll())).isLessThanOrEqualTo(30);
        });
    }

    @Test
    void theWomanWhoRestsHerChinOnHerShoulderInSample6PitchesHerHeadDown() {
        // third from the left in sample6: eyes on the camera, head lowered onto her shoulder
        var pose = poses.estimate(List.of(photos.face(Asset.PHOTO_6, 2))).getFirst();
        assertThat(pose.pitch()).isLessThan(-20);
        assertThat(Math.abs(pose.yaw())).isLessThanOrEqualTo(30);
    }

    @Test
    void theWomanWhoseHeadTiltsTowardsHerShoulderInSample4HasARollBeyond20Degrees() {
        // the second face from the left in sample4 leans her head far to the side, eyes on a slant
        var pose = poses.estimate(List.of(photos.face(Asset.PHOTO_4, 1))).getFirst();
        assertThat(pose.roll()).isGreaterThan(20);
    }

    @Test
    void aMirroredFaceTurnsAndTiltsTheOtherWayAtTheSamePitch() {
        // the model is not exactly symmetric and wavers on strongly tilted heads (one face of sample1
        // flips its pitch when mirrored), so the check is on the typical face: the median difference
        var faces = photos.allWomen();
        var yaw = new double[faces.size()];
        var pitch = new double[faces.size()];
        var roll = new double[faces.size()];
        for (int i = 0; i < faces.size(); i++) {
            var pose = poses.estimate(List.of(faces.get(i))).getFirst();
            var mirrored = poses.estimate(List.of(mirror(faces.get(i)))).getFirst();
            yaw[i] = Math.abs(mirrored.yaw() + pose.yaw());
            pitch[i] = Math.abs(mirrored.pitch() - pose.pitch());
            roll[i] = Math.abs(mirrored.roll() + pose.roll());
        }
        assertThat(median(yaw)).isLessThan(5);
        assertThat(median(pitch)).isLessThan(5);
        assertThat(median(roll)).isLessThan(5);
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    private static FaceInPhoto mirror(FaceInPhoto face) {
        var photo = face.photo();
        int width = photo.width();
        var pixels = new byte[photo.rgb().length];
        for (int y = 0; y < photo.height(); y++) {
            for (int x = 0; x < width; x++) {
                System.arraycopy(photo.rgb(), (y * width + x) * 3, pixels, (y * width + width - 1 - x) * 3, 3);
            }
        }
        var box = face.box();
        return new FaceInPhoto(new RgbImage(width, photo.height(), pixels),
                new FaceBox(width - box.x2(), box.y1(), width - box.x1(), box.y2(), box.score()));
    }
}
