package org.openluna.inference.estimation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openluna.inference.engine.FaceEngine;
import org.openluna.inference.engine.FoundFace;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.image.PhotoLimits;
import org.openluna.inference.image.RgbImage;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSession;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.inference.runtime.RuntimeSettings;

/**
 * The faces of the test photos as the service's own pipeline finds them (pyramid, gate, 68 landmarks),
 * each photo's faces from left to right, so a test can name a face as (photo, index). All 22 faces of
 * the six group photos are adult women; the webcam screenshot holds one man. One instance, with every
 * model loaded, serves all the estimator tests of a run, as finding the faces costs seconds.
 */
final class GroupPhotos {
    static final List<Asset> GROUP_PHOTOS =
            List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
    private static final int MIN_FACE_SIZE = 50;

    private final AssetCache assets = AssetCache.fromEnvironment();
    private final ModelSet models;
    private final Map<Asset, List<Face>> faces = new EnumMap<>(Asset.class);

    /** A face found by the pipeline, in the two forms the estimators take. */
    record Face(RgbImage photo, FoundFace found) {
        FaceInPhoto inPhoto() {
            return new FaceInPhoto(photo, found.box());
        }

        LandmarkedFace landmarked() {
            return new LandmarkedFace(photo, found.landmarks());
        }
    }

    private static GroupPhotos shared;

    static synchronized GroupPhotos shared() {
        if (shared == null) {
            shared = new GroupPhotos();
        }
        return shared;
    }

    private GroupPhotos() {
        var needed = new ArrayList<>(List.of(FaceEngine.models()));
        needed.addAll(List.of(Asset.AGE, Asset.GENDER, Asset.HEAD_POSE, Asset.EMOTIONS, Asset.LIVENESS, Asset.EYES));
        models = new ModelSet(assets, RuntimeSettings.forThisMachine(), needed.toArray(Asset[]::new));
        var engine = new FaceEngine(models);
        for (var photo : GROUP_PHOTOS) {
            faces.put(photo, detect(engine, photo));
        }
        faces.put(Asset.WEBCAM_SCREENSHOT, detect(engine, Asset.WEBCAM_SCREENSHOT));
    }

    ModelSession model(Asset model) {
        return models.get(model);
    }

    List<FaceInPhoto> of(Asset photo) {
        return faces.get(photo).stream().map(Face::inPhoto).toList();
    }

    List<LandmarkedFace> landmarkedOf(Asset photo) {
        return faces.get(photo).stream().map(Face::landmarked).toList();
    }

    FaceInPhoto face(Asset photo, int fromLeft) {
        return faces.get(photo).get(fromLeft).inPhoto();
    }

    LandmarkedFace landmarkedFace(Asset photo, int fromLeft) {
        return faces.get(photo).get(fromLeft).landmarked();
    }

    /** Every face of the six group photos, photo after photo. */
    List<FaceInPhoto> allWomen() {
        return GROUP_PHOTOS.stream().flatMap(photo -> of(photo).stream()).toList();
    }

    private List<Face> detect(FaceEngine engine, Asset photo) {
        try {
            var image = new PhotoDecoder(PhotoLimits.DEFAULT).decode(Files.readAllBytes(assets.path(photo)), true);
            return engine.detect(image, MIN_FACE_SIZE, false).stream()
                    .sorted(Comparator.comparingDouble(found -> found.box().x1()))
                    .map(found -> new Face(image, found))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
