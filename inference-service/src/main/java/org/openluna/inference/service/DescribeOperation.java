package org.openluna.inference.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openluna.inference.engine.FaceEngine;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.image.PhotoRejected;
import org.openluna.inference.image.RgbImage;
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.DescribeResponse;
import org.openluna.protocol.inference.SampleResult;

/** {@code POST /1/describe}: descriptors and estimations of aligned samples; a sample that cannot be decoded fails alone. */
final class DescribeOperation {
    private final PhotoDecoder decoder;
    private final FaceEngine engine;
    private final FaceEstimators estimators;

    DescribeOperation(PhotoDecoder decoder, FaceEngine engine, FaceEstimators estimators) {
        this.decoder = decoder;
        this.engine = engine;
        this.estimators = estimators;
    }

    DescribeResponse run(DescribeRequest request) {
        var results = new SampleResult[request.samples().size()];
        var decoded = new ArrayList<RgbImage>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < results.length; i++) {
            var input = request.samples().get(i);
            try {
                decoded.add(DetectOperation.decode(decoder, input, false));
                positions.add(i);
            } catch (PhotoRejected rejected) {
                results[i] = new SampleResult(DetectOperation.rejectionOf(rejected), null, null);
            }
        }
        for (int k = 0; k < decoded.size(); k++) {
            var sample = decoded.get(k);
            var face = engine.acceptSample(sample, request.describe()).getFirst();
            var estimations = estimators.estimate(face.sample(), List.of(face), request.estimations()).getFirst();
            results[positions.get(k)] = new SampleResult(null, face.descriptor(), estimations);
        }
        return new DescribeResponse(Arrays.asList(results));
    }
}
