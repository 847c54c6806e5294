package org.openluna.functions.matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.functions.detector.ImageErrors;
import org.openluna.functions.detector.Inference;
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.matching.ReferenceDescriptors;

/**
 * Sample references described as {@code /6/extractor} describes samples: every sample read first (an
 * unknown id, or another account's, costs nothing), then one call to the inference service for all.
 * Nothing is stored: a descriptor made for a search lives as long as the search.
 */
class SampleDescriptors implements ReferenceDescriptors.SampleDescriber {
    private final Inference inference;
    private final BlobStores stores;

    SampleDescriptors(Inference inference, BlobStores stores) {
        this.inference = inference;
        this.stores = stores;
    }

    @Override
    public List<Descriptor> describe(UUID account, List<UUID> sampleIds) {
        var inputs = new ArrayList<PhotoInput>(sampleIds.size());
        for (var id : sampleIds) {
            var sample = stores.faceSamples().get(account, id).orElseThrow(() -> new LunaException(ErrorCode.SAMPLE_NOT_FOUND, id));
            inputs.add(new PhotoInput(sample.bytes(), sample.blob().contentType()));
        }
        var results = inference.describe(new DescribeRequest(inputs, true, Set.of())).samples();
        var descriptors = new ArrayList<Descriptor>(results.size());
        for (int i = 0; i < results.size(); i++) {
            var result = results.get(i);
            if (result.rejection() != null) {
                throw ImageErrors.of(result.rejection(), inputs.get(i).contentType());
            }
            descriptors.add(Descriptor.fromEmbedding(result.descriptor()));
        }
        return descriptors;
    }
}
