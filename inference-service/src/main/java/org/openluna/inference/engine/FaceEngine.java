package org.openluna.inference.engine;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.detection.Detection;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.detection.YuNetDetector;
import org.openluna.inference.face.DescriptorModel;
import org.openluna.inference.face.DescriptorModel.AlignedFace;
import org.openluna.inference.face.FaceAlignment;
import org.openluna.inference.face.LandmarkModel;
import org.openluna.inference.face.Landmarks;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.models.Asset;
import org.openluna.inference.runtime.ModelSet;

/**
 * The face pipeline on one photo: detect, locate the 68 points in each box, align by them, cut the
 * aligned sample and, when asked, describe it. Safe to call from many threads at once.
 */
public final class FaceEngine {
    private final YuNetDetector detector;
    private final LandmarkModel landmarks;
    private final DescriptorModel descriptors;

    public FaceEngine(ModelSet models) {
        this.detector = new YuNetDetector(models.get(Asset.YUNET));
        this.landmarks = new LandmarkModel(models.get(Asset.LANDMARKS));
        this.descriptors = new DescriptorModel(models.get(Asset.DESCRIPTOR));
    }

    public static Asset[] models() {
        return new Asset[] {Asset.YUNET, Asset.LANDMARKS, Asset.DESCRIPTOR};
    }

    public List<FoundFace> detect(RgbImage photo, int minFaceSize, boolean describe) {
        var detections = detector.detect(photo, minFaceSize);
        var boxes = detections.stream().map(Detection::box).toList();
        List<Landmarks> points = landmarks.locateSteadily(photo, boxes);
        // aligned by the five points the 68 give, as the descriptor model was trained (ADR 0023): by
        // YuNet's own five, the woman of sample1 and sample3 drops from 0.6 to 0.29 alike
        List<float[]> vectors = describe
                ? descriptors.describe(points.stream().map(p -> AlignedFace.inPhoto(photo, p)).toList())
                : null;
        var found = new ArrayList<FoundFace>(detections.size());
        for (int i = 0; i < detections.size(); i++) {
            var five = points.get(i).fivePoints();
            var sample = Sampler.warp(photo, FaceAlignment.squareToPhoto(five, FaceAlignment.SAMPLE_SIDE),
                    FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE);
            found.add(new FoundFace(boxes.get(i), points.get(i), five, sample, vectors == null ? null : vectors.get(i)));
        }
        return found;
    }

    /**
     * Where a face lies in an aligned 250x250 sample: the mean over the 23 faces of the test photos of
     * the detector's box carried into the sample by the face's alignment (its centre moved, its size
     * scaled), cut at the sample's lower edge, which the chin passes. The estimators take this box.
     */
    static final FaceBox SAMPLE_FACE_BOX = new FaceBox(42, 12, 221, 250, 1);

    /**
     * A picture that is already an aligned sample: nothing to search, the caller says it is a face,
     * its five points are the template's and its box is {@link #SAMPLE_FACE_BOX}.
     */
    public List<FoundFace> acceptSample(RgbImage sample, boolean describe) {
        var aligned = sample.width() == FaceAlignment.SAMPLE_SIDE && sample.height() == FaceAlignment.SAMPLE_SIDE ? sample
                : Sampler.warp(sample, Affine.fromGridToRect(FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE,
                        0, 0, sample.width(), sample.height()), FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE);
        var points = landmarks.locateSteadily(aligned, List.of(SAMPLE_FACE_BOX)).getFirst();
        var template = FaceAlignment.template(FaceAlignment.SAMPLE_SIDE);
        var five = new float[template.length];
        for (int i = 0; i < five.length; i++) {
            five[i] = (float) template[i];
        }
        float[] descriptor = describe ? describeSamples(List.of(aligned)).getFirst() : null;
        return List.of(new FoundFace(SAMPLE_FACE_BOX, points, five, aligned, descriptor));
    }

    /** Descriptors of faces already aligned as our samples are (a stored sample, or one a client sends). */
    public List<float[]> describeSamples(List<RgbImage> samples) {
        return descriptors.describe(samples.stream().map(AlignedFace::ofSample).toList());
    }
}
