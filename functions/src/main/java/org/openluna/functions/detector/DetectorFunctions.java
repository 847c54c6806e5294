package org.openluna.functions.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorResponse.Detections;
import org.openluna.functions.detector.DetectorResponse.FaceEntry;
import org.openluna.functions.detector.DetectorResponse.ImageEntry;
import org.openluna.functions.detector.DetectorResponse.SampleEntry;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/detector} (seed l.1476-1573): the faces of each image, each face's sample stored
 * (the seed allows no opting out), and the estimations asked for. An image that cannot be used gets
 * its own error and the others go on.
 */
@Configuration(proxyBeanMethods = false)
@Import({InferenceConfiguration.class, StorageConfiguration.class})
public class DetectorFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> detectFaces(Inference inference, BlobStores stores) {
        return req -> {
            var query = DetectionQuery.parse(req.query(), inference.capabilities());
            var account = req.caller().account();
            var images = DetectorImages.read(req);
            var settings = new ImageDetections.Settings(query.warped(), false, query.useExif(), query.askedOfService());
            var entries = new ArrayList<ImageEntry>(images.size());
            for (var outcome : ImageDetections.run(inference, images, settings)) {
                var filename = outcome.image().filename();
                entries.add(outcome.isDetected()
                        ? new ImageEntry(filename, ErrorBody.SUCCESS, 1, detections(filename, outcome.result().faces(), query, account, stores))
                        : new ImageEntry(filename, outcome.error().body(), 0, null));
            }
            return ApiResponse.created(new DetectorResponse(entries));
        };
    }

    private static Detections detections(String filename, List<DetectedFace> faces, DetectionQuery query, UUID account,
                                         BlobStores stores) {
        var passed = new ArrayList<DetectedFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (var face : faces) {
            var reasons = query.thresholds().any() ? query.thresholds().reasonsToFilter(face.estimations().headPose()) : List.<FilterReason>of();
            if (reasons.isEmpty()) {
                passed.add(face);
            } else {
                filtered.add(FilteredFaces.of(filename, reasons, detection(face, query)));
            }
        }
        var kept = query.multiface().apply(passed);
        var samples = new ArrayList<SampleEntry>(kept.size());
        for (var face : kept) {
            var sampleId = UUID.randomUUID();
            stores.faceSamples().put(account, sampleId, face.sample(), new Blob("image/jpeg", face.sample().length, null, Map.of()));
            samples.add(new SampleEntry(new FaceEntry(detection(face, query), "/6/samples/faces/" + sampleId, sampleId.toString())));
        }
        return new Detections(samples, new FilteredDetections(filtered));
    }

    private static FaceDetection detection(DetectedFace face, DetectionQuery query) {
        return FaceDetection.of(face, FaceAttributes.only(face.estimations(), query.estimations()), null,
                new FaceDetection.Parts(true, true, false));
    }
}
