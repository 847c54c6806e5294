package org.openluna.inference.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.detection.Detection;
import org.openluna.inference.detection.YuNetDetector;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DescriptorModelTest {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    private final AssetCache assets = AssetCache.fromEnvironment();
    private ModelSet models;
    private YuNetDetector detector;
    private LandmarkModel landmarks;
    private DescriptorModel descriptors;

    record Face(Asset photo, FaceBox box, float[] descriptor) {}

    @BeforeAll
    void loadTheModels() {
        models = new ModelSet(assets, RuntimeSettings.forThisMachine(), Asset.YUNET, Asset.LANDMARKS, Asset.DESCRIPTOR);
        detector = new YuNetDetector(models.get(Asset.YUNET));
        landmarks = new LandmarkModel(models.get(Asset.LANDMARKS));
        descriptors = new DescriptorModel(models.get(Asset.DESCRIPTOR));
    }

    @AfterAll
    void closeTheModels() {
        models.close();
    }

    private List<Face> facesOf(Asset asset) throws Exception {
        var photo = RgbImage.of(ImageIO.read(assets.path(asset).toFile()));
        var detections = new ArrayList<>(detector.detect(photo, 50));
        detections.sort(Comparator.comparingDouble(d -> d.box().x1()));
        var points = landmarks.locate(photo, detections.stream().map(Detection::box).toList());
        var aligned = points.stream().map(p -> DescriptorModel.AlignedFace.inPhoto(photo, p)).toList();
        var vectors = descriptors.describe(aligned);
        var faces = new ArrayList<Face>();
        for (int i = 0; i < detections.size(); i++) {
            faces.add(new Face(asset, detections.get(i).box(), vectors.get(i)));
        }
        return faces;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void theWomanOfSample1AndSample3IsOnePersonAndTheOthersAreFarApart() throws Exception {
        var all = new ArrayList<Face>();
        for (var photo : PHOTOS) {
            all.addAll(facesOf(photo));
        }
        var rightOfSample1 = all.stream().filter(f -> f.photo() == Asset.PHOTO_1).max(Comparator.comparingDouble(f -> f.box().x1())).orElseThrow();
        var middleOfSample3 = all.stream().filter(f -> f.photo() == Asset.PHOTO_3).toList().get(1);
        double same = cosine(rightOfSample1.descriptor(), middleOfSample3.descriptor());
        var others = new ArrayList<Double>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                var a = all.get(i);
                var b = all.get(j);
                boolean thePair = (a == rightOfSample1 && b == middleOfSample3) || (a == middleOfSample3 && b == rightOfSample1);
                if (a.photo() != b.photo() && !thePair) {
                    others.add(cosine(a.descriptor(), b.descriptor()));
                }
            }
        }
        others.sort(null);
        System.out.printf("same %.3f; others: median %.3f, p90 %.3f, max %.3f of %d%n", same,
                others.get(others.size() / 2), others.get(others.size() * 9 / 10), others.getLast(), others.size());
        assertThat(same).isGreaterThan(0.5);
        assertThat(others.get(others.size() / 2)).isLessThan(0.2);
    }

    @Test
    void aStoredSampleShrunkToTheDescriptorInputDescribesTheSameFace() throws Exception {
        var photo = RgbImage.of(ImageIO.read(assets.path(Asset.PHOTO_1).toFile()));
        var points = landmarks.locate(photo, List.of(detector.detect(photo, 50).getFirst().box())).getFirst();
        var sample = Sampler.warp(photo, FaceAlignment.squareToPhoto(points, FaceAlignment.SAMPLE_SIDE), 250, 250);
        var direct = descriptors.describe(List.of(DescriptorModel.AlignedFace.inPhoto(photo, points))).getFirst();
        var viaSample = descriptors.describe(List.of(DescriptorModel.AlignedFace.ofSample(sample))).getFirst();
        System.out.printf("direct vs via sample: %.4f%n", cosine(direct, viaSample));
        assertThat(cosine(direct, viaSample)).isGreaterThan(0.95);
    }
}
