package org.openluna.inference.detection;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * Crowds made from the photos we have, with their true boxes: the 23 faces of the six group photos
 * and the webcam screenshot (boxes as YuNet finds them at full size, where each is 160-320 px and
 * every detector agrees), cut out with their head and shoulders, shrunk so the face is 14-44 px wide,
 * and scattered without overlap over busy backgrounds (the animal and landscape photos, enlarged:
 * fur, feathers and foliage, and the kitten's face, which must stay no face). Deterministic: the
 * same seed gives the same scenes.
 */
final class CrowdScenes {
    static final List<Asset> FACE_PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5,
            Asset.PHOTO_6, Asset.WEBCAM_SCREENSHOT);
    static final List<Asset> BACKGROUNDS = List.of(Asset.KITTEN, Asset.BLACK_CAT, Asset.PHEASANT, Asset.LANDSCAPE);
    static final int WIDTH = 1280;
    static final int HEIGHT = 960;
    // how much of the surroundings a cut-out face keeps: hair, ears, neck
    private static final double CONTEXT = 1.8;

    /** One scene and where its faces truly are. */
    record Scene(String name, RgbImage photo, List<FaceBox> truth) {}

    /** A face of a source photo, cut out with its surroundings, and the face's box inside the cut-out. */
    private record CutOut(BufferedImage image, double faceX, double faceY, double faceWidth, double faceHeight) {}

    private CrowdScenes() {}

    /**
     * {@code count} scenes of {@code facesPerScene} faces whose widths spread evenly over
     * {@code minWidth}..{@code maxWidth} pixels.
     */
    static List<Scene> make(AssetCache assets, YuNetDetector reference, int count, int facesPerScene, int minWidth, int maxWidth) {
        var cutOuts = cutOuts(assets, reference);
        var random = new Random(20261207);
        var scenes = new ArrayList<Scene>();
        for (int s = 0; s < count; s++) {
            var canvas = background(assets, BACKGROUNDS.get(s % BACKGROUNDS.size()));
            var g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            var truth = new ArrayList<FaceBox>();
            var taken = new ArrayList<java.awt.Rectangle>();
            for (int f = 0; f < facesPerScene; f++) {
                var cut = cutOuts.get(random.nextInt(cutOuts.size()));
                double faceWidth = minWidth + (maxWidth - minWidth) * (f + random.nextDouble()) / facesPerScene;
                double scale = faceWidth / cut.faceWidth();
                int w = (int) Math.round(cut.image().getWidth() * scale);
                int h = (int) Math.round(cut.image().getHeight() * scale);
                for (int attempt = 0; attempt < 200; attempt++) {
                    int x = random.nextInt(WIDTH - w);
                    int y = random.nextInt(HEIGHT - h);
                    var place = new java.awt.Rectangle(x, y, w, h);
                    if (taken.stream().anyMatch(place::intersects)) {
                        continue;
                    }
                    taken.add(place);
                    g.drawImage(shrink(cut.image(), w, h), x, y, null);
                    truth.add(new FaceBox((float) (x + cut.faceX() * scale), (float) (y + cut.faceY() * scale),
                            (float) (x + (cut.faceX() + cut.faceWidth()) * scale), (float) (y + (cut.faceY() + cut.faceHeight()) * scale), 1));
                    break;
                }
            }
            g.dispose();
            scenes.add(new Scene("crowd-" + s + "-on-" + BACKGROUNDS.get(s % BACKGROUNDS.size()).name().toLowerCase(), RgbImage.of(canvas), truth));
        }
        return scenes;
    }

    /** A detection that finds a true face: its centre inside the face's box, its width within half and twice the face's. */
    static boolean finds(FaceBox found, FaceBox truth) {
        double cx = (found.x1() + found.x2()) / 2;
        double cy = (found.y1() + found.y2()) / 2;
        double ratio = found.width() / truth.width();
        return cx >= truth.x1() && cx <= truth.x2() && cy >= truth.y1() && cy <= truth.y2() && ratio > 0.5 && ratio < 2;
    }

    private static List<CutOut> cutOuts(AssetCache assets, YuNetDetector reference) {
        var cutOuts = new ArrayList<CutOut>();
        for (var asset : FACE_PHOTOS) {
            var source = read(assets, asset);
            var photo = RgbImage.of(source);
            for (var face : reference.detectAt(photo, 1)) {
                var box = face.box();
                double side = Math.max(box.width(), box.height()) * CONTEXT;
                int x = (int) Math.max(0, (box.x1() + box.x2()) / 2 - side / 2);
                int y = (int) Math.max(0, (box.y1() + box.y2()) / 2 - side / 2);
                int w = (int) Math.min(side, source.getWidth() - x);
                int h = (int) Math.min(side, source.getHeight() - y);
                cutOuts.add(new CutOut(source.getSubimage(x, y, w, h), box.x1() - x, box.y1() - y, box.width(), box.height()));
            }
        }
        return cutOuts;
    }

    /** The background photo stretched over the whole scene. */
    private static BufferedImage background(AssetCache assets, Asset asset) {
        var canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(read(assets, asset), 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return canvas;
    }

    /** Shrunk with area averaging, as a camera's sensor would see the face from further away. */
    private static BufferedImage shrink(BufferedImage image, int w, int h) {
        var scaled = image.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(scaled, 0, 0, null);
        return out;
    }

    private static BufferedImage read(AssetCache assets, Asset asset) {
        try {
            var image = ImageIO.read(assets.path(asset).toFile());
            var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
