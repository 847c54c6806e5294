package org.openluna.functions.extractor;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.platform.AttributesConfiguration;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Check;
import org.openluna.shared.attributes.SampleIds;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.blobs.BlobStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/extractor} (seed l.1808-1874): descriptors and basic attributes of stored face
 * samples, kept as temporary attributes. The route asks for {@code attribute:creation}; reading the
 * samples also needs {@code face_sample:view} (ADR 0007).
 */
@Configuration(proxyBeanMethods = false)
@Import({InferenceConfiguration.class, StorageConfiguration.class, AttributesConfiguration.class})
public class ExtractorFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> extractAttributes(Inference inference, BlobStores stores, TemporaryAttributes attributes) {
        return req -> {
            req.caller().require(PermissionObject.FACE_SAMPLE, Verb.VIEW);
            var query = ExtractionQuery.parse(req.query(), inference.capabilities());
            var sampleIds = sampleIds(req);
            var account = req.caller().account();
            var extracted = SampleExtraction.run(sampleIds, account, stores.faceSamples(), inference, query);
            var created = attributes.createAll(account, extracted, query.ttl());
            return ApiResponse.created(created.stream().map(ExtractorResponse::item).toList());
        };
    }

    /** The body is a JSON array of sample ids (seed l.1819-1823), at least one, each once. */
    private static List<UUID> sampleIds(ApiRequest req) {
        var ids = SampleIds.read(req.jsonTree(), "");
        if (ids.isEmpty()) {
            throw Check.invalid("", "at least one sample id is required");
        }
        return ids;
    }
}
