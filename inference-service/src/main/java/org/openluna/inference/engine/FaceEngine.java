package org.openluna.inference.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.detection.UltraFaceDetector;
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
 * The face pipeline on one photo: detect, locate the 68 points, drop what is not a face, cut the
 * aligned sample and, when asked, describe it. Safe to call from many threads at once.
 */
public final class FaceEngine {
    private final UltraFaceDetector detector;
    private final LandmarkModel landmarks;
    private final DescriptorModel descriptors;
    private final FaceGate gate;

    public FaceEngine(ModelSet models) {
        this.detector = new UltraFaceDetector(models.get(Asset.DETECTOR));
        this.landmarks = new LandmarkModel(models.get(Asset.LANDMARKS));
        this.descriptors = new DescriptorModel(models.get(Asset.DESCRIPTOR));
        this.gate = new FaceGate(detector);
    }

    public static Asset[] models() {
        return new Asset[] {Asset.DETECTOR, Asset.LANDMARKS, Asset.DESCRIPTOR};
    }

    public List<FoundFace> detect(RgbImage photo, int minFaceSize, boolean describe) {
        var keptBoxes = gate.faces(photo, detector.detect(photo, minFaceSize));
        List<Landmarks> keptPoints = landmarks.locate(photo, keptBoxes);
        List<float[]> vectors = describe
                ? descriptors.describe(keptPoints.stream().map(p -> AlignedFace.inPhoto(photo, p)).toList())
                : null;
        var found = new ArrayList<FoundFace>(keptBoxes.size());
        for (int i = 0; i < keptBoxes.size(); i++) {
            var sample = Sampler.warp(photo, FaceAlignment.squareToPhoto(keptPoints.get(i), FaceAlignment.SAMPLE_SIDE),
                    FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE);
            found.add(new FoundFace(keptBoxes.get(i), keptPoints.get(i), sample, vectors == null ? null : vectors.get(i)));
        }
        return found;
    }

    /**
     * A picture that is already an aligned sample: nothing to search, the caller says it is a face.
     * The detector still frames the face inside it (the box the landmark model and the estimators
     * were made for); when it finds none, the whole sample is the box, at the caller's word.
     */
    public List<FoundFace> acceptSample(RgbImage sample, boolean describe) {
        var aligned = sample.width() == FaceAlignment.SAMPLE_SIDE && sample.height() == FaceAlignment.SAMPLE_SIDE ? sample
                : Sampler.warp(sample, Affine.fromGridToRect(FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE,
                        0, 0, sample.width(), sample.height()), FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE);
        var box = detector.detectAtOneScale(aligned).stream()
                .max(Comparator.comparingDouble(FaceBox::score))
                .orElse(new FaceBox(0, 0, aligned.width(), aligned.height(), 1));
        var points = landmarks.locate(aligned, List.of(box)).getFirst();
        float[] descriptor = describe ? describeSamples(List.of(aligned)).getFirst() : null;
        return List.of(new FoundFace(box, points, aligned, descriptor));
    }

    /** Descriptors of faces already aligned as our samples are (a stored sample, or one a client sends). */
    public List<float[]> describeSamples(List<RgbImage> samples) {
        return descriptors.describe(samples.stream().map(AlignedFace::ofSample).toList());
    }
}
