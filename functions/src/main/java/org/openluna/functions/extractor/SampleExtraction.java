package org.openluna.functions.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.functions.detector.ImageErrors;
import org.openluna.functions.detector.Inference;
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.protocol.inference.SampleResult;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.StoredBlob;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Stored face samples of one account to face attributes: every sample is read before the inference
 * service is asked anything, so an unknown id (or another account's) costs nothing and creates
 * nothing; then one describe call for all of them, and one attribute per sample or one for all.
 */
final class SampleExtraction {
    private SampleExtraction() {}

    static List<FaceAttribute> run(List<UUID> sampleIds, UUID account, BlobStore samples, Inference inference, ExtractionQuery query) {
        var inputs = new ArrayList<PhotoInput>(sampleIds.size());
        for (var id : sampleIds) {
            StoredBlob sample = samples.get(account, id).orElseThrow(() -> new LunaException(ErrorCode.SAMPLE_NOT_FOUND, id));
            inputs.add(new PhotoInput(sample.bytes(), sample.blob().contentType()));
        }
        var results = inference.describe(new DescribeRequest(inputs, query.descriptor(), query.estimations())).samples();
        for (int i = 0; i < results.size(); i++) {
            var rejection = results.get(i).rejection();
            if (rejection != null) {
                throw ImageErrors.of(rejection, inputs.get(i).contentType());
            }
        }
        if (query.aggregate()) {
            return List.of(attributeOf(sampleIds, results, query));
        }
        var attributes = new ArrayList<FaceAttribute>(sampleIds.size());
        for (int i = 0; i < sampleIds.size(); i++) {
            attributes.add(attributeOf(List.of(sampleIds.get(i)), List.of(results.get(i)), query));
        }
        return attributes;
    }

    private static FaceAttribute attributeOf(List<UUID> sampleIds, List<SampleResult> results, ExtractionQuery query) {
        var descriptor = query.descriptor() ? Descriptor.meanOf(results.stream().map(SampleResult::descriptor).toList()) : null;
        var basic = query.basicAttributes()
                ? BasicAttributes.meanOf(results.stream().map(r -> new BasicAttributes.Estimate(r.estimations().age(), r.estimations().gender())).toList())
                : null;
        return new FaceAttribute(descriptor, basic, descriptor == null ? List.of() : sampleIds, basic == null ? List.of() : sampleIds);
    }
}
