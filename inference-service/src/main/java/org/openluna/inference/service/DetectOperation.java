package org.openluna.inference.service;

import java.util.ArrayList;
import java.util.List;
import org.openluna.inference.engine.FaceEngine;
import org.openluna.inference.engine.FoundFace;
import org.openluna.inference.image.PhotoContentType;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.image.PhotoRejected;
import org.openluna.inference.image.RgbImage;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.DetectResponse;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.protocol.inference.PhotoResult;
import org.openluna.protocol.inference.Rect;
import org.openluna.protocol.inference.Rejection;
import org.openluna.protocol.inference.RejectionReason;

/** {@code POST /1/detect}: every photo decoded and searched on its own, so one bad photo spoils only its own result. */
final class DetectOperation {
    private final PhotoDecoder decoder;
    private final FaceEngine engine;
    private final FaceEstimators estimators;

    DetectOperation(PhotoDecoder decoder, FaceEngine engine, FaceEstimators estimators) {
        this.decoder = decoder;
        this.engine = engine;
        this.estimators = estimators;
    }

    DetectResponse run(DetectRequest request) {
        var results = new ArrayList<PhotoResult>(request.photos().size());
        for (var photo : request.photos()) {
            results.add(detectIn(photo, request));
        }
        return new DetectResponse(results);
    }

    private PhotoResult detectIn(PhotoInput input, DetectRequest request) {
        RgbImage photo;
        try {
            photo = decode(decoder, input, request.useExif());
        } catch (PhotoRejected rejected) {
            return new PhotoResult(rejectionOf(rejected), 0, 0, List.of());
        }
        List<FoundFace> found = request.warped()
                ? engine.acceptSample(photo, request.describe())
                : engine.detect(photo, request.minFaceSize(), request.describe());
        var estimations = estimators.estimate(photo, found, request.estimations());
        var faces = new ArrayList<DetectedFace>(found.size());
        for (int i = 0; i < found.size(); i++) {
            var face = found.get(i);
            var box = face.box();
            faces.add(new DetectedFace(
                    new Rect(Math.round(box.x1()), Math.round(box.y1()), Math.round(box.width()), Math.round(box.height())),
                    box.score(),
                    face.fivePoints(),
                    request.estimations().contains(Estimation.LANDMARKS68) ? face.landmarks().xy() : null,
                    Jpeg.encode(face.sample()),
                    face.descriptor(),
                    estimations.get(i)));
        }
        return new PhotoResult(null, photo.width(), photo.height(), faces);
    }

    /** The declared type is held to when it is a photo type; without one, the bytes tell the format. */
    static RgbImage decode(PhotoDecoder decoder, PhotoInput input, boolean useExif) {
        var declared = PhotoContentType.parse(input.contentType());
        return declared.isPresent() ? decoder.decode(input.data(), declared.get(), useExif) : decoder.decode(input.data(), useExif);
    }

    static Rejection rejectionOf(PhotoRejected rejected) {
        return new Rejection(RejectionReason.valueOf(rejected.reason().name()), rejected.getMessage());
    }
}
