package org.openluna.inference.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openluna.inference.engine.FoundFace;
import org.openluna.inference.estimation.AgeEstimator;
import org.openluna.inference.estimation.Emotion;
import org.openluna.inference.estimation.EmotionEstimate;
import org.openluna.inference.estimation.EmotionEstimator;
import org.openluna.inference.estimation.EyeEstimator;
import org.openluna.inference.estimation.FaceInPhoto;
import org.openluna.inference.estimation.FaceQuality;
import org.openluna.inference.estimation.FaceQualityEstimator;
import org.openluna.inference.estimation.GenderEstimate;
import org.openluna.inference.estimation.GenderEstimator;
import org.openluna.inference.estimation.HeadPoseEstimator;
import org.openluna.inference.estimation.LandmarkedFace;
import org.openluna.inference.estimation.LivenessEstimator;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.protocol.inference.Emotions;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.Eyes;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.HeadPose;
import org.openluna.protocol.inference.Liveness;
import org.openluna.protocol.inference.Mask;
import org.openluna.protocol.inference.Mouth;
import org.openluna.inference.estimation.MouthEstimator;
import org.openluna.inference.mask.MaskedFaceModel;
import org.openluna.protocol.inference.Quality;

/**
 * The estimations the service has models or methods for, run on the faces of one photo, each model
 * once over all its faces. Asking for one it does not have is the caller's mistake: the functions
 * check {@code /1/capabilities} first and answer with the API's unavailable-feature error.
 */
final class FaceEstimators {
    private static final Set<Estimation> AVAILABLE = Collections.unmodifiableSet(EnumSet.allOf(Estimation.class));

    private final AgeEstimator ages;
    private final GenderEstimator genders;
    private final HeadPoseEstimator poses;
    private final EmotionEstimator emotions;
    private final LivenessEstimator liveness;
    private final EyeEstimator eyes;
    private final FaceQualityEstimator quality = new FaceQualityEstimator();
    private final MaskedFaceModel masks;

    FaceEstimators(ModelSet models) {
        this.ages = new AgeEstimator(models.get(Asset.AGE));
        this.genders = new GenderEstimator(models.get(Asset.GENDER));
        this.poses = new HeadPoseEstimator(models.get(Asset.HEAD_POSE));
        this.emotions = new EmotionEstimator(models.get(Asset.EMOTIONS));
        this.liveness = new LivenessEstimator(models.get(Asset.LIVENESS));
        this.eyes = new EyeEstimator(models.get(Asset.EYES));
        this.masks = new MaskedFaceModel(models.get(Asset.MASKED_FACES));
    }

    static Asset[] models() {
        return new Asset[] {Asset.AGE, Asset.GENDER, Asset.HEAD_POSE, Asset.EMOTIONS, Asset.LIVENESS, Asset.EYES, Asset.MASKED_FACES};
    }

    Set<Estimation> available() {
        return AVAILABLE;
    }

    List<FaceEstimations> estimate(RgbImage photo, List<FoundFace> faces, Set<Estimation> wanted) {
        var inPhoto = faces.stream().map(face -> new FaceInPhoto(photo, face.box())).toList();
        var age = wanted.contains(Estimation.AGE) ? ages.estimate(inPhoto) : null;
        var gender = wanted.contains(Estimation.GENDER) ? genders.estimate(inPhoto) : null;
        var pose = wanted.contains(Estimation.HEAD_POSE) ? poses.estimate(inPhoto) : null;
        var emotion = wanted.contains(Estimation.EMOTIONS) ? emotions.estimate(inPhoto) : null;
        var live = wanted.contains(Estimation.LIVENESS) ? liveness.estimate(inPhoto) : null;
        var quality = wanted.contains(Estimation.QUALITY) ? this.quality.estimate(inPhoto) : null;
        var eye = wanted.contains(Estimation.EYES)
                ? eyes.estimate(faces.stream().map(face -> new LandmarkedFace(photo, face.landmarks())).toList())
                : null;
        // a mouth is covered as its face is masked
        boolean masksRead = wanted.contains(Estimation.MASK) || wanted.contains(Estimation.MOUTH);
        var mask = masksRead ? masks.scores(photo, faces.stream().map(FoundFace::box).toList()) : null;
        var estimations = new ArrayList<FaceEstimations>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            estimations.add(new FaceEstimations(
                    age == null ? null : age.get(i).years(),
                    gender == null ? null : maleProbability(gender.get(i)),
                    pose == null ? null : new HeadPose(pose.get(i).yaw(), pose.get(i).pitch(), pose.get(i).roll()),
                    emotion == null ? null : emotionsOf(emotion.get(i)),
                    live == null ? null : new Liveness(live.get(i).score()),
                    eye == null ? null : new Eyes(new Eyes.Eye(eye.get(i).left().openScore()), new Eyes.Eye(eye.get(i).right().openScore())),
                    quality == null ? null : qualityOf(quality.get(i)),
                    wanted.contains(Estimation.MASK) ? maskOf(mask.get(i)) : null,
                    wanted.contains(Estimation.MOUTH) ? mouthOf(faces.get(i), mask.get(i)) : null));
        }
        return estimations;
    }

    /**
     * The masked-face model's three classes as the seed's three states (ADR 0023): a masked face is a
     * medical mask, a bare face none, and a face the detector found where the anchor framing it sees
     * background is covered by something else.
     */
    private static Mask maskOf(MaskedFaceModel.Scores scores) {
        return new Mask(scores.masked(), scores.face(), scores.background());
    }

    private static Mouth mouthOf(FoundFace face, MaskedFaceModel.Scores mask) {
        var mouth = MouthEstimator.estimate(face.landmarks(), mask.masked() + mask.background());
        return new Mouth(mouth.opened(), mouth.occluded(), mouth.smile(), mouth.score());
    }

    /**
     * The SSR-Net score rescaled so that the model's own cut ({@link GenderEstimate#MALE_ABOVE}) lands on
     * one half: the protocol's gender reads "male above 0.5" whatever model produced it.
     */
    private static float maleProbability(GenderEstimate gender) {
        float cut = GenderEstimate.MALE_ABOVE;
        float score = Math.clamp(gender.maleScore(), 0f, 1f);
        return score <= cut ? score / cut * 0.5f : 0.5f + (score - cut) / (1 - cut) * 0.5f;
    }

    private static Emotions emotionsOf(EmotionEstimate estimate) {
        return new Emotions(estimate.probability(Emotion.ANGER), estimate.probability(Emotion.DISGUST),
                estimate.probability(Emotion.FEAR), estimate.probability(Emotion.HAPPINESS),
                estimate.probability(Emotion.SADNESS), estimate.probability(Emotion.SURPRISE),
                estimate.probability(Emotion.NEUTRAL));
    }

    private static Quality qualityOf(FaceQuality quality) {
        return new Quality(quality.blurriness(), quality.dark(), quality.light(), quality.illumination(), quality.specularity());
    }
}
