package org.openluna.functions.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.FilteredFaces;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.functions.quality.PolicyQuality;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.handlers.DetectPolicy;
import org.openluna.shared.handlers.ExtractPolicy;

/**
 * The detect and extract policies run on the images of a request (seed l.2986-3290): one call to the
 * inference service for every image, asking for what the policies estimate and extract and what their
 * filters and quality checks read; then, per image, each face's {@code face_quality} verdict when the
 * policy asks for one, the faces a pose threshold, {@code liveness_states} or the {@code face_quality}
 * filter takes out (listed apart, never stored), and the multiface policy: 1 keeps every face, 2 the
 * best one, 0 only an image of one face, any other being that image's error 32015, as {@code /6/iso}
 * reads policy 0 (ADR 0003).
 */
final class PolicyDetection {

    /** One image's entry of the answer (seed l.6215-6241): status and error; exif and people count are never asked here. */
    record ImageEntry(ErrorBody error, int status, String filename) {}

    /** A face kept from image {@code image} (its index in the request), and its {@code detection} as the event shows it. */
    record KeptFace(int image, String filename, DetectedFace face, FaceDetection detection) {}

    record Outcome(List<ImageEntry> images, List<KeptFace> kept, List<FilteredFace> filtered) {}

    /** The faces of one image that the filters keep, and those they take out. */
    record JudgedFaces(List<KeptFace> passed, List<FilteredFace> filtered) {}

    private PolicyDetection() {}

    static Outcome run(Inference inference, List<Image> images, boolean faceWarps, boolean useExif, DetectPolicy detect,
                       ExtractPolicy extract) {
        var quality = PolicyQuality.of(detect.faceQuality());
        var asked = estimations(detect, extract, faceWarps);
        var available = inference.capabilities().estimations();
        asked.stream().filter(e -> !available.contains(e)).findFirst().ifPresent(missing -> {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, missing.name().toLowerCase());
        });
        var settings = new ImageDetections.Settings(faceWarps, extract.extractFaceDescriptor() == 1, useExif, asked);
        var entries = new ArrayList<ImageEntry>(images.size());
        var kept = new ArrayList<KeptFace>();
        var filtered = new ArrayList<FilteredFace>();
        var outcomes = ImageDetections.run(inference, images, settings);
        for (int i = 0; i < outcomes.size(); i++) {
            var outcome = outcomes.get(i);
            var filename = outcome.image().filename();
            if (!outcome.isDetected()) {
                entries.add(new ImageEntry(outcome.error().body(), 0, filename));
                continue;
            }
            var faces = detect.detectFace() == 1 ? outcome.result().faces() : List.<DetectedFace>of();
            var photo = quality.isOn() ? PhotoFacts.of(outcome.image(), outcome.result()) : null;
            var judged = judge(i, filename, photo, faces, detect, quality, faceWarps);
            filtered.addAll(judged.filtered());
            var passed = judged.passed();
            if (detect.multifacePolicy() == 0 && passed.size() > 1) {
                entries.add(new ImageEntry(new LunaException(ErrorCode.TOO_MANY_FACES, passed.size()).body(), 0, filename));
                continue;
            }
            entries.add(new ImageEntry(ErrorBody.SUCCESS, 1, filename));
            kept.addAll(detect.multifacePolicy() == 2 ? best(passed) : passed);
        }
        return new Outcome(entries, kept, filtered);
    }

    /**
     * The faces of image {@code image}, each with its detection, sorted by the filters.
     *
     * @param photo what the image-level quality checks read; null when {@code quality} is off
     */
    static JudgedFaces judge(int image, String filename, PhotoFacts photo, List<DetectedFace> faces, DetectPolicy detect,
                             PolicyQuality quality, boolean faceWarps) {
        var passed = new ArrayList<KeptFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (var face : faces) {
            var verdict = quality.verdict(photo, face, faceWarps);
            var detection = EventDetections.detection(face, detect, faceWarps, verdict.orElse(null));
            var reasons = reasonsToFilter(face, detect, faceWarps);
            verdict.flatMap(quality::reasonToFilter).ifPresent(reasons::add);
            if (reasons.isEmpty()) {
                passed.add(new KeptFace(image, filename, face, detection));
            } else {
                filtered.add(FilteredFaces.of(filename, reasons, detection));
            }
        }
        return new JudgedFaces(passed, filtered);
    }

    /** What the service is asked: what the policies show, and what their filters and quality checks read. */
    static Set<Estimation> estimations(DetectPolicy detect, ExtractPolicy extract, boolean faceWarps) {
        var asked = EnumSet.noneOf(Estimation.class);
        if (detect.detectLandmarks68() == 1 && !faceWarps) {
            asked.add(Estimation.LANDMARKS68);
        }
        if ((detect.estimateHeadPose() == 1 || hasPoseThreshold(detect)) && !faceWarps) {
            asked.add(Estimation.HEAD_POSE);
        }
        if (detect.estimateEmotions() == 1) {
            asked.add(Estimation.EMOTIONS);
        }
        if (detect.estimateMask() == 1 || detect.maskStates() != null) {
            asked.add(Estimation.MASK);
        }
        if (detect.estimateMouthAttributes() == 1) {
            asked.add(Estimation.MOUTH);
        }
        if (detect.estimateQuality() == 1) {
            asked.add(Estimation.QUALITY);
        }
        if (detect.estimateEyesAttributes() == 1) {
            asked.add(Estimation.EYES);
        }
        if (detect.estimateLiveness().estimate() == 1 || detect.livenessStates() != null) {
            asked.add(Estimation.LIVENESS);
        }
        if (extract.extractBasicAttributes() == 1) {
            asked.add(Estimation.AGE);
            asked.add(Estimation.GENDER);
        }
        asked.addAll(PolicyQuality.of(detect.faceQuality()).estimationsRead(faceWarps));
        return asked;
    }

    private static boolean hasPoseThreshold(DetectPolicy detect) {
        return detect.yawThreshold() != null || detect.pitchThreshold() != null || detect.rollThreshold() != null;
    }

    /** A face turned further than a threshold, or in a liveness state not kept; head pose is not judged on warps (seed). */
    private static List<FilterReason> reasonsToFilter(DetectedFace face, DetectPolicy detect, boolean faceWarps) {
        var reasons = new ArrayList<FilterReason>();
        var pose = face.estimations().headPose();
        if (!faceWarps && pose != null) {
            angle("yaw_threshold", pose.yaw(), detect.yawThreshold(), reasons);
            angle("pitch_threshold", pose.pitch(), detect.pitchThreshold(), reasons);
            angle("roll_threshold", pose.roll(), detect.rollThreshold(), reasons);
        }
        if (detect.livenessStates() != null && face.estimations().liveness() != null) {
            int state = EventDetections.livenessState(face.estimations().liveness().score(), detect).code();
            if (!detect.livenessStates().contains(state)) {
                reasons.add(new FilterReason("liveness_states", state, detect.livenessStates()));
            }
        }
        if (detect.maskStates() != null && face.estimations().mask() != null) {
            int state = org.openluna.functions.detector.FaceAttributes.maskState(face.estimations().mask());
            if (!detect.maskStates().contains(state)) {
                reasons.add(new FilterReason("mask_states", state, detect.maskStates()));
            }
        }
        return reasons;
    }

    private static void angle(String name, float angle, Integer threshold, List<FilterReason> reasons) {
        if (threshold != null && Math.abs(angle) > threshold) {
            reasons.add(new FilterReason(name, angle, threshold));
        }
    }

    /** The best face is the one the detector is surest of, the larger when scores tie, as {@code /6/detector} picks it. */
    private static List<KeptFace> best(List<KeptFace> faces) {
        return faces.stream().max(Comparator.comparingDouble((KeptFace k) -> k.face().score())
                .thenComparingInt(k -> k.face().rect().width() * k.face().rect().height())).map(List::of).orElse(List.of());
    }
}
