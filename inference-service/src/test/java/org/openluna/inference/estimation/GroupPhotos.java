package org.openluna.inference.estimation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openluna.inference.detection.FaceBox;
import org.openluna.inference.detection.UltraFaceDetector;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;

/**
 * The faces of the test photos as the detector finds them at one scale, each photo's faces from left to
 * right, so a test can name a face as (photo, index). All 22 faces of the six group photos are adult
 * women; the webcam screenshot holds one man.
 */
final class GroupPhotos {
    static final List<Asset> GROUP_PHOTOS =
            List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);

    private final AssetCache assets = AssetCache.fromEnvironment();
    private final Map<Asset, List<FaceInPhoto>> faces = new EnumMap<>(Asset.class);

    GroupPhotos() {
        try (var options = quietOptions();
             var detector = new UltraFaceDetector(OrtEnvironment.getEnvironment(), assets.path(Asset.DETECTOR), options)) {
            for (var photo : GROUP_PHOTOS) {
                faces.put(photo, detect(detector, photo));
            }
            faces.put(Asset.WEBCAM_SCREENSHOT, detect(detector, Asset.WEBCAM_SCREENSHOT));
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Session options that keep ONNX Runtime's warnings about the SSR-Net graphs' initializers out of the test log. */
    static OrtSession.SessionOptions quietOptions() {
        try {
            var options = new OrtSession.SessionOptions();
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            return options;
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    AssetCache assets() {
        return assets;
    }

    List<FaceInPhoto> of(Asset photo) {
        return faces.get(photo);
    }

    FaceInPhoto face(Asset photo, int fromLeft) {
        return faces.get(photo).get(fromLeft);
    }

    /** Every face of the six group photos, photo after photo. */
    List<FaceInPhoto> allWomen() {
        return GROUP_PHOTOS.stream().flatMap(photo -> faces.get(photo).stream()).toList();
    }

    private List<FaceInPhoto> detect(UltraFaceDetector detector, Asset photo) throws OrtException {
        try {
            var decoded = ImageIO.read(assets.path(photo).toFile());
            var image = RgbImage.of(decoded);
            return detector.detect(decoded).stream()
                    .sorted(Comparator.comparingDouble(FaceBox::x1))
                    .map(box -> new FaceInPhoto(image, box))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
