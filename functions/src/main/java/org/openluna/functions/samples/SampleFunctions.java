package org.openluna.functions.samples;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.blobs.BlobResource;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.Uploads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code /6/samples/{samples_type}} and the previous version's {@code /6/samples/{sample_id}}
 * (seed l.1580-1661). A previous-version id is looked up among face samples, then body samples,
 * of the kinds the caller may access.
 */
@Configuration(proxyBeanMethods = false)
@Import(StorageConfiguration.class)
public class SampleFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createSample(BlobStores stores, Clock clock) {
        return req -> kindFor(req, Verb.CREATION).resource(stores)
                .create(req.caller().account(), req.body(), Uploads.image(req, clock, false));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSample(BlobStores stores) {
        return req -> kindFor(req, Verb.VIEW).resource(stores).get(req.caller().account(), sampleId(req), false);
    }

    @Bean
    Function<ApiRequest, ApiResponse> headSample(BlobStores stores) {
        return req -> kindFor(req, Verb.VIEW).resource(stores).head(req.caller().account(), sampleId(req), false);
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteSample(BlobStores stores) {
        return req -> kindFor(req, Verb.DELETION).resource(stores).delete(req.caller().account(), sampleId(req));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSampleV5(BlobStores stores) {
        return req -> firstKind(req, stores, Verb.VIEW, (samples, id) -> samples.find(req.caller().account(), id, false));
    }

    @Bean
    Function<ApiRequest, ApiResponse> headSampleV5(BlobStores stores) {
        return req -> firstKind(req, stores, Verb.VIEW, (samples, id) -> samples.findHead(req.caller().account(), id, false));
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteSampleV5(BlobStores stores) {
        return req -> firstKind(req, stores, Verb.DELETION, (samples, id) -> samples.deleteIfPresent(req.caller().account(), id)
                ? Optional.of(ApiResponse.noContent()) : Optional.empty());
    }

    private static SampleKind kindFor(ApiRequest req, Verb verb) {
        var kind = SampleKind.of(req.path("samples_type"));
        req.caller().require(kind.permission(), verb);
        return kind;
    }

    private static UUID sampleId(ApiRequest req) {
        return Ids.pathId(req.path("sample_id"));
    }

    private static ApiResponse firstKind(ApiRequest req, BlobStores stores, Verb verb,
                                         BiFunction<BlobResource, UUID, Optional<ApiResponse>> action) {
        var id = sampleId(req);
        for (var kind : SampleKind.values()) {
            if (req.caller().permissions().permits(kind.permission(), verb)) {
                var answer = action.apply(kind.resource(stores), id);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        throw stores.faceSampleResource().notFound(id);
    }
}
