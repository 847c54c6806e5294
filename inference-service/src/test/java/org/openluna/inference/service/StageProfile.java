package org.openluna.inference.service;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.inference.detection.YuNetDetector;
import org.openluna.inference.engine.FaceEngine;
import org.openluna.inference.face.DescriptorModel;
import org.openluna.inference.face.FaceAlignment;
import org.openluna.inference.face.LandmarkModel;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.image.PhotoLimits;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.image.Sampler;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

/**
 * Where the time of one detect + describe goes, stage by stage, on one thread: the six group photos
 * run through the same steps as {@code POST /1/detect?describe=true}, each step timed on its own.
 * Time is the thread's CPU time (ONNX Runtime with one intra-op thread runs on the caller), so
 * other work on a shared machine does not inflate it. Not a test; run with
 * {@code java -cp ... org.openluna.inference.service.StageProfile [rounds]}.
 */
public final class StageProfile {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    // the platform's smallest face (ImageDetections)
    private static final int MIN_FACE_SIZE = 20;

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var assets = AssetCache.fromEnvironment();
        var files = new ArrayList<byte[]>();
        for (var photo : PHOTOS) {
            files.add(Files.readAllBytes(assets.path(photo)));
        }
        try (var models = new ModelSet(assets, new RuntimeSettings(1, 1, false, 1), FaceEngine.models())) {
            var profile = new StageProfile();
            var decoder = new PhotoDecoder(PhotoLimits.DEFAULT);
            var detector = new YuNetDetector(models.get(Asset.YUNET));
            var landmarks = new LandmarkModel(models.get(Asset.LANDMARKS));
            var descriptors = new DescriptorModel(models.get(Asset.DESCRIPTOR));
            for (int round = -2; round < rounds; round++) {   // two rounds to warm up, not counted
                if (round == 0) {
                    profile.nanos.clear();
                }
                for (var file : files) {
                    profile.once(file, decoder, detector, landmarks, descriptors);
                }
            }
            profile.print(rounds * files.size());
        }
    }

    private void once(byte[] file, PhotoDecoder decoder, YuNetDetector detector, LandmarkModel landmarks, DescriptorModel descriptors) {
        long start = threads.getCurrentThreadCpuTime();
        var photo = decoder.decode(file);
        start = lap("decode", start);
        var kept = detector.detect(photo, MIN_FACE_SIZE);
        start = lap("detection (YuNet and its second looks)", start);
        var boxes = kept.stream().map(d -> d.box()).toList();
        var points = landmarks.locateSteadily(photo, boxes);
        start = lap("landmarks (three framings)", start);
        var samples = new ArrayList<RgbImage>();
        for (var p : points) {
            samples.add(Sampler.warp(photo, FaceAlignment.squareToPhoto(p, FaceAlignment.SAMPLE_SIDE), FaceAlignment.SAMPLE_SIDE, FaceAlignment.SAMPLE_SIDE));
        }
        start = lap("alignment (250 px samples)", start);
        descriptors.describe(points.stream().map(p -> DescriptorModel.AlignedFace.inPhoto(photo, p)).toList());
        start = lap("descriptor (112 px crop + model)", start);
        for (var sample : samples) {
            Jpeg.encode(sample);
        }
        lap("sample JPEG encoding", start);
        count("faces", kept.size());
    }

    private long lap(String stage, long start) {
        long now = threads.getCurrentThreadCpuTime();
        nanos.merge(stage, now - start, Long::sum);
        return now;
    }

    private void count(String what, int n) {
        nanos.merge("#" + what, (long) n, Long::sum);
    }

    private void print(int photos) {
        long total = nanos.entrySet().stream().filter(e -> !e.getKey().startsWith("#")).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("%d photos, one thread, CPU time%n", photos);
        System.out.printf("| stage | ms per photo | share |%n|---|---:|---:|%n");
        nanos.forEach((stage, value) -> {
            if (stage.startsWith("#")) {
                return;
            }
            System.out.printf("| %s | %.1f | %.0f%% |%n", stage, value / 1e6 / photos, 100.0 * value / total);
        });
        System.out.printf("| total | %.1f | |%n", total / 1e6 / photos);
        System.out.printf("per photo: %.2f candidates, %.2f faces%n", nanos.get("#candidates") / (double) photos, nanos.get("#faces") / (double) photos);
    }
}
