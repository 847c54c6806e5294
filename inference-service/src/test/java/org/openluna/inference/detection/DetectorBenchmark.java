package org.openluna.inference.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

/**
 * The face detector against the previous one, in one run on one thread (docs/benchmarks/inference.md):
 * recall by face width on the crowd scenes ({@link CrowdScenes}), false faces there and on the photos
 * without people, and milliseconds per photo on the crowd scenes and the six group photos. The
 * previous detector (UltraFace RFB-320, its pyramid and its gate) runs at the platform's former
 * smallest face, 50 px, and at the new one, 20 px.
 *
 * <p>{@code scripts/bench-inference.sh detector [rounds]}
 */
public final class DetectorBenchmark {
    private static final int[] BUCKETS = {16, 24, 32, 48};
    private static final List<Asset> NO_FACES = List.of(Asset.KITTEN, Asset.BLACK_CAT, Asset.PHEASANT, Asset.LANDSCAPE);

    private record Detector(String name, Function<RgbImage, List<FaceBox>> find) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var assets = AssetCache.fromEnvironment();
        try (var models = new ModelSet(assets, new RuntimeSettings(1, 1, false, 1), Asset.YUNET, Asset.DETECTOR)) {
            var yunet = new YuNetDetector(models.get(Asset.YUNET));
            var ultra = new UltraFaceDetector(models.get(Asset.DETECTOR));
            var gate = new FaceGate(ultra);
            var scenes = CrowdScenes.make(assets, yunet, 4, 40, 16, 48);
            var groups = new ArrayList<RgbImage>();
            for (var photo : CrowdScenes.FACE_PHOTOS.subList(0, 6)) {
                groups.add(RgbImage.of(ImageIO.read(assets.path(photo).toFile())));
            }
            var empty = new ArrayList<RgbImage>();
            for (var photo : NO_FACES) {
                empty.add(RgbImage.of(ImageIO.read(assets.path(photo).toFile())));
            }
            var detectors = List.of(
                    new Detector("YuNet, 20 px", p -> yunet.detect(p, 20).stream().map(Detection::box).toList()),
                    new Detector("YuNet, 50 px", p -> yunet.detect(p, 50).stream().map(Detection::box).toList()),
                    new Detector("previous, 50 px", p -> gate.faces(p, ultra.detect(p, 50))),
                    new Detector("previous, 20 px", p -> gate.faces(p, ultra.detect(p, 20))));
            System.out.printf("%d crowd scenes of %dx%d, %d faces 16-48 px wide; %d group photos; %d rounds%n%n", scenes.size(),
                    CrowdScenes.WIDTH, CrowdScenes.HEIGHT, scenes.stream().mapToInt(s -> s.truth().size()).sum(), groups.size(), rounds);
            System.out.println("| detector | 16-24 px | 24-32 px | 32-48 px | all | false faces (scenes / no-face photos) | ms per crowd scene | ms per group photo |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (var detector : detectors) {
                report(detector, scenes, groups, empty, rounds);
            }
        }
    }

    private static void report(Detector detector, List<CrowdScenes.Scene> scenes, List<RgbImage> groups, List<RgbImage> empty, int rounds) {
        int[] found = new int[BUCKETS.length - 1];
        int[] all = new int[BUCKETS.length - 1];
        int falseInScenes = 0;
        for (var scene : scenes) {
            var boxes = detector.find().apply(scene.photo());
            for (var truth : scene.truth()) {
                int bucket = bucket(truth.width());
                all[bucket]++;
                if (boxes.stream().anyMatch(b -> CrowdScenes.finds(b, truth))) {
                    found[bucket]++;
                }
            }
            falseInScenes += (int) boxes.stream().filter(b -> scene.truth().stream().noneMatch(t -> CrowdScenes.finds(b, t))).count();
        }
        int falseInEmpty = empty.stream().mapToInt(p -> detector.find().apply(p).size()).sum();
        double sceneMs = millisPerPhoto(detector, scenes.stream().map(CrowdScenes.Scene::photo).toList(), rounds);
        double groupMs = millisPerPhoto(detector, groups, rounds);
        var cells = new StringBuilder();
        int foundAll = 0;
        int allAll = 0;
        for (int b = 0; b < found.length; b++) {
            cells.append(String.format(" %d/%d (%.0f%%) |", found[b], all[b], 100.0 * found[b] / all[b]));
            foundAll += found[b];
            allAll += all[b];
        }
        System.out.printf("| %s |%s %d/%d (%.0f%%) | %d / %d | %.0f | %.0f |%n", detector.name(), cells, foundAll, allAll,
                100.0 * foundAll / allAll, falseInScenes, falseInEmpty, sceneMs, groupMs);
    }

    private static int bucket(float width) {
        for (int b = 1; b < BUCKETS.length - 1; b++) {
            if (width < BUCKETS[b]) {
                return b - 1;
            }
        }
        return BUCKETS.length - 2;
    }

    /** The median over the rounds of the mean milliseconds per photo, after one round to warm up. */
    private static double millisPerPhoto(Detector detector, List<RgbImage> photos, int rounds) {
        photos.forEach(detector.find()::apply);
        var means = new ArrayList<Double>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            photos.forEach(detector.find()::apply);
            means.add((System.nanoTime() - start) / 1e6 / photos.size());
        }
        means.sort(null);
        return means.get(means.size() / 2);
    }
}
