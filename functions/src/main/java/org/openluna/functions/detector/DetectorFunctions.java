package org.openluna.functions.detector;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorResponse.Detection;
import org.openluna.functions.detector.DetectorResponse.Detections;
import org.openluna.functions.detector.DetectorResponse.FaceEntry;
import org.openluna.functions.detector.DetectorResponse.FilteredDetection;
import org.openluna.functions.detector.DetectorResponse.FilteredDetections;
import org.openluna.functions.detector.DetectorResponse.FilteredFace;
import org.openluna.functions.detector.DetectorResponse.FilteredSample;
import org.openluna.functions.detector.DetectorResponse.ImageEntry;
import org.openluna.functions.detector.DetectorResponse.Rect;
import org.openluna.functions.detector.DetectorResponse.SampleEntry;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.clients.inference.DetectRequest;
import org.openluna.shared.clients.inference.DetectedFace;
import org.openluna.shared.clients.inference.Estimation;
import org.openluna.shared.clients.inference.PhotoInput;
import org.openluna.shared.clients.inference.PhotoResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code POST /6/detector} (seed l.1476-1573): the faces of each image, each face's sample stored
 * (the seed allows no opting out), and the estimations asked for. An image that cannot be used gets
 * its own error and the others go on.
 */
@Configuration(proxyBeanMethods = false)
public class DetectorFunctions {
    // LUNA's default smallest face; the pyramid looks no finer than this
    public static final int MIN_FACE_SIZE = 50;

    @Bean
    Function<ApiRequest, ApiResponse> detectFaces(Inference inference, BlobStores stores, Clock clock) {
        var samples = stores.faceSampleResource();
        return req -> {
            var query = DetectionQuery.parse(req.query(), inference.capabilities());
            var images = DetectorImages.read(req);
            var request = new DetectRequest(images.stream().map(i -> new PhotoInput(i.bytes(), i.contentType())).toList(),
                    MIN_FACE_SIZE, query.warped(), false, query.useExif(), query.askedOfService());
            var results = inference.detect(request).photos();
            var entries = new ArrayList<ImageEntry>(results.size());
            for (int i = 0; i < results.size(); i++) {
                entries.add(entry(images.get(i), results.get(i), query, req.caller().account(), stores, clock));
            }
            return ApiResponse.created(new DetectorResponse(entries));
        };
    }

    private static ImageEntry entry(DetectorImages.Image image, PhotoResult result, DetectionQuery query, UUID account,
                                    BlobStores stores, Clock clock) {
        if (result.rejection() != null) {
            var error = ImageErrors.of(result.rejection(), image.contentType());
            return new ImageEntry(image.filename(), error.body(), 0, null);
        }
        var passed = new ArrayList<DetectedFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (var face : result.faces()) {
            var reasons = query.thresholds().any() ? query.thresholds().reasonsToFilter(face.estimations().headPose()) : List.<PoseThresholds.FilterReason>of();
            if (reasons.isEmpty()) {
                passed.add(face);
            } else {
                filtered.add(new FilteredFace(reasons, new FilteredDetection(image.filename(), new FilteredSample(detection(face, query)))));
            }
        }
        var kept = query.multiface().apply(passed);
        var samples = new ArrayList<SampleEntry>(kept.size());
        for (var face : kept) {
            var sampleId = UUID.randomUUID();
            stores.faceSamples().put(account, sampleId, face.sample(), new Blob("image/jpeg", face.sample().length, null, Map.of()));
            samples.add(new SampleEntry(new FaceEntry(detection(face, query), "/6/samples/faces/" + sampleId, sampleId.toString())));
        }
        return new ImageEntry(image.filename(), DetectorResponse.SUCCESS, 1, new Detections(samples, new FilteredDetections(filtered)));
    }

    private static Detection detection(DetectedFace face, DetectionQuery query) {
        var r = face.rect();
        return new Detection(new Rect(r.x(), r.y(), r.width(), r.height()), face.score(), points(face.landmarks5()),
                face.landmarks68() == null ? null : points(face.landmarks68()),
                FaceAttributes.qualityOf(face.estimations()),
                FaceAttributes.attributesOf(face.estimations(), query.estimations().contains(Estimation.HEAD_POSE)));
    }

    private static int[][] points(float[] xy) {
        var points = new int[xy.length / 2][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new int[] {Math.round(xy[2 * i]), Math.round(xy[2 * i + 1])};
        }
        return points;
    }
}
