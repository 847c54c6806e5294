package org.openluna.inference.mask;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.image.Affine;
import org.openluna.inference.image.PixelScaling;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.runtime.ModelSession;

/**
 * The masked-face detector ({@code RFB-640-masked_face-v2.onnx}, an UltraFace RFB-640 trained on
 * WIDER FACE and MAFA): the whole photo stretched to 640x480 RGB scaled to (x-127)/128, and for each
 * of 17,640 anchors the softmax of background, face and masked face, and a box already decoded to
 * corners normalised to the input (not clipped). Each face the face detector found takes the scores
 * of the anchor that frames it best (ADR 0023).
 */
public final class MaskedFaceModel {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int ANCHORS = 17640;
    private static final PixelScaling SCALING = PixelScaling.rgb(127, 128);
    // an anchor's box must frame the face about as the detector's does to speak for it
    static final float MIN_OVERLAP = 0.35f;
    // anchors all but sure of background are skipped unread
    private static final float MIN_FACE_OR_MASKED = 0.05f;

    /** The scores of background, face and masked face of the anchor that frames a face best. */
    public record Scores(float background, float face, float masked) {
        static final Scores NONE = new Scores(1, 0, 0);

        public float faceOrMasked() {
            return face + masked;
        }
    }

    private final ModelSession model;

    public MaskedFaceModel(ModelSession model) {
        this.model = model;
    }

    /**
     * For each face, the scores of the anchor framing it best. The photo is looked at whole once; a
     * face too small there for any anchor to frame it is looked at again in a region around it, four
     * times its size; where even that frames nothing, {@link Scores#NONE}.
     */
    public List<Scores> scores(RgbImage photo, List<FaceBox> faces) {
        if (faces.isEmpty()) {
            return List.of();
        }
        var scores = new ArrayList<>(scoresIn(photo, 0, 0, photo.width(), photo.height(), faces));
        for (int i = 0; i < faces.size(); i++) {
            if (scores.get(i) == Scores.NONE) {
                var face = faces.get(i);
                double width = Math.max(face.width(), face.height()) * 4;
                double height = width * HEIGHT / WIDTH;
                double left = (face.x1() + face.x2()) / 2 - width / 2;
                double top = (face.y1() + face.y2()) / 2 - height / 2;
                scores.set(i, scoresIn(photo, left, top, width, height, List.of(face)).getFirst());
            }
        }
        return scores;
    }

    private List<Scores> scoresIn(RgbImage photo, double left, double top, double width, double height, List<FaceBox> faces) {
        var input = Sampler.sample(photo, Affine.fromGridToRect(WIDTH, HEIGHT, left, top, width, height), WIDTH, HEIGHT, SCALING);
        var outputs = model.run(List.of(input)).getFirst();
        float[] scores = outputs.get("scores");
        float[] boxes = outputs.get("boxes");
        var found = new ArrayList<Scores>(faces.size());
        for (var face : faces) {
            var best = Scores.NONE;
            for (int anchor = 0; anchor < ANCHORS; anchor++) {
                if (1 - scores[3 * anchor] < MIN_FACE_OR_MASKED) {
                    continue;
                }
                var box = new FaceBox((float) (left + boxes[4 * anchor] * width), (float) (top + boxes[4 * anchor + 1] * height),
                        (float) (left + boxes[4 * anchor + 2] * width), (float) (top + boxes[4 * anchor + 3] * height), 0);
                if (box.intersectionOverUnion(face) < MIN_OVERLAP) {
                    continue;
                }
                // of the anchors framing the face, the one most sure there is a face, masked or not
                var candidate = new Scores(scores[3 * anchor], scores[3 * anchor + 1], scores[3 * anchor + 2]);
                if (candidate.faceOrMasked() > best.faceOrMasked()) {
                    best = candidate;
                }
            }
            found.add(best);
        }
        return found;
    }
}
