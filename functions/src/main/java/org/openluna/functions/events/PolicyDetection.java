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
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.clients.inference.DetectedFace;
import org.openluna.shared.clients.inference.Estimation;
import org.openluna.shared.handlers.DetectPolicy;
import org.openluna.shared.handlers.ExtractPolicy;

/**
 * The detect and extract policies run on the images of a request (seed l.2986-3290): one call to the
 * inference service for every image, asking for what the policies estimate and extract; then, per image,
 * the faces a pose threshold or {@code liveness_states} takes out (listed apart, never stored), and the
 * multiface policy: 1 keeps every face, 2 the best one, 0 only an image of one face, any other being
 * that image's error 32015, as {@code /6/iso} reads policy 0 (ADR 0003).
 */
final class PolicyDetection {

    /** One image's entry of the answer (seed l.6215-6241): status and error; exif and people count are never asked here. */
    record ImageEntry(ErrorBody error, int status, String filename) {}

    /** A face kept from image {@code image} (its index in the request). */
    record KeptFace(int image, String filename, DetectedFace face) {}

    record Outcome(List<ImageEntry> images, List<KeptFace> kept, List<FilteredFace> filtered) {}

    private PolicyDetection() {}

    static Outcome run(Inference inference, List<Image> images, boolean faceWarps, boolean useExif, DetectPolicy detect,
                       ExtractPolicy extract) {
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
            var passed = new ArrayList<DetectedFace>();
            for (var face : faces) {
                var reasons = reasonsToFilter(face, detect, faceWarps);
                if (reasons.isEmpty()) {
                    passed.add(face);
                } else {
                    filtered.add(FilteredFaces.of(filename, reasons, EventDetections.detection(face, detect)));
                }
            }
            if (detect.multifacePolicy() == 0 && passed.size() > 1) {
                entries.add(new ImageEntry(new LunaException(ErrorCode.TOO_MANY_FACES, passed.size()).body(), 0, filename));
                continue;
            }
            entries.add(new ImageEntry(ErrorBody.SUCCESS, 1, filename));
            for (var face : detect.multifacePolicy() == 2 ? best(passed) : passed) {
                kept.add(new KeptFace(i, filename, face));
            }
        }
        return new Outcome(entries, kept, filtered);
    }

    /** What the service is asked: what the policies show, and what their filters read. */
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
        return reasons;
    }

    private static void angle(String name, float angle, Integer threshold, List<FilterReason> reasons) {
        if (threshold != null && Math.abs(angle) > threshold) {
            reasons.add(new FilterReason(name, angle, threshold));
        }
    }

    /** The best face is the one the detector is surest of, the larger when scores tie, as {@code /6/detector} picks it. */
    private static List<DetectedFace> best(List<DetectedFace> faces) {
        return faces.stream().max(Comparator.comparingDouble(DetectedFace::score)
                .thenComparingInt(f -> f.rect().width() * f.rect().height())).map(List::of).orElse(List.of());
    }
}
