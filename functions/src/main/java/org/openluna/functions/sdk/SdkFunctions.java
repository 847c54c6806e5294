package org.openluna.functions.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.FaceAttributes;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.functions.detector.FilteredFaces.FilterReason;
import org.openluna.functions.detector.FilteredFaces.FilteredDetections;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.detector.FilteredFaces;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.detector.LivenessState;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.sdk.SdkResponse.AggregateEstimations;
import org.openluna.functions.sdk.SdkResponse.AggregateFace;
import org.openluna.functions.sdk.SdkResponse.Estimation;
import org.openluna.functions.sdk.SdkResponse.Face;
import org.openluna.functions.sdk.SdkResponse.ImageEstimations;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.descriptors.Descriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/sdk} (seed l.471-1100): detection and estimation of the faces of each image, nothing
 * stored. An image that cannot be used gets its own error and the others go on. The answer is JSON, or
 * msgpack for {@code Accept: application/msgpack}.
 */
@Configuration(proxyBeanMethods = false)
@Import(InferenceConfiguration.class)
public class SdkFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> estimateWithSdk(Inference inference) {
        return req -> {
            var query = SdkQuery.parse(req.query(), inference.capabilities());
            var images = DetectorImages.read(req);
            var settings = new ImageDetections.Settings(query.warped(), query.detectFaces() && query.descriptor(),
                    query.useExif(), query.askedOfService());
            var perImage = new ArrayList<ImageEstimations>(images.size());
            var aggregated = new ArrayList<DetectedFace>();
            for (var outcome : ImageDetections.run(inference, images, settings)) {
                var filename = outcome.image().filename();
                if (!outcome.isDetected()) {
                    perImage.add(new ImageEstimations(filename, 0, outcome.error().body(), null, null));
                    continue;
                }
                var faces = query.detectFaces() ? outcome.result().faces() : List.<DetectedFace>of();
                perImage.add(estimations(filename, faces, query, aggregated));
            }
            return MsgpackBodies.jsonOrMsgpack(200, new SdkResponse(perImage, aggregate(query, aggregated)), req.header("Accept"));
        };
    }

    /** The faces of one image: those a filter takes out are listed apart, the multiface policy picks among the rest. */
    private static ImageEstimations estimations(String filename, List<DetectedFace> faces, SdkQuery query, List<DetectedFace> kept) {
        var passed = new ArrayList<DetectedFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (var face : faces) {
            var reasons = reasonsToFilter(face, query);
            if (reasons.isEmpty()) {
                passed.add(face);
            } else {
                filtered.add(FilteredFaces.of(filename, reasons, detection(face, query)));
            }
        }
        var estimations = new ArrayList<Estimation>();
        for (var face : query.multiface().apply(passed)) {
            estimations.add(new Estimation(new Face(detection(face, query))));
            kept.add(face);
        }
        return new ImageEstimations(filename, 1, ErrorBody.SUCCESS, estimations,
                query.filters() ? new FilteredDetections(filtered) : null);
    }

    private static List<FilterReason> reasonsToFilter(DetectedFace face, SdkQuery query) {
        var reasons = new ArrayList<FilterReason>();
        if (query.thresholds().any()) {
            reasons.addAll(query.thresholds().reasonsToFilter(face.estimations().headPose()));
        }
        if (!query.livenessStates().isEmpty()) {
            var state = LivenessState.of(face.estimations().liveness().score());
            if (!query.livenessStates().contains(state)) {
                reasons.add(new FilterReason("liveness_states", state.code(),
                        query.livenessStates().stream().map(LivenessState::code).toList()));
            }
        }
        if (!query.maskStates().isEmpty()) {
            int state = FaceAttributes.maskState(face.estimations().mask());
            if (!query.maskStates().contains(state)) {
                reasons.add(new FilterReason("mask_states", state, query.maskStates()));
            }
        }
        return reasons;
    }

    /** A face as the response shows it; what is aggregated shows once for all faces, not with each. */
    private static FaceDetection detection(DetectedFace face, SdkQuery query) {
        var descriptor = query.descriptor() && !query.aggregate() ? Descriptor.fromEmbedding(face.descriptor()) : null;
        return FaceDetection.of(face, FaceAttributes.only(face.estimations(), query.shownPerFace()), descriptor,
                new FaceDetection.Parts(query.landmarks5(), true, query.warp()));
    }

    /** Absent unless asked for and something aggregatable was estimated; {@code face} null when no face was kept. */
    private static AggregateEstimations aggregate(SdkQuery query, List<DetectedFace> faces) {
        var kinds = query.aggregated();
        if (!query.aggregate() || kinds.isEmpty() && !query.descriptor()) {
            return null;
        }
        if (faces.isEmpty()) {
            return new AggregateEstimations(null);
        }
        var mean = FaceAggregation.meanOf(faces.stream().map(f -> FaceAttributes.only(f.estimations(), kinds)).toList());
        var descriptor = query.descriptor() ? Descriptor.meanOf(faces.stream().map(DetectedFace::descriptor).toList()) : null;
        return new AggregateEstimations(new AggregateFace(FaceAttributes.attributesOf(mean, descriptor)));
    }
}
