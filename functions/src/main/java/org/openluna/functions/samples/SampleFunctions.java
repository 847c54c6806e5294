package org.openluna.functions.samples;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.blobs.BlobHeaders;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.StoredBlob;
import org.openluna.shared.blobs.Uploads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /6/samples/{samples_type}} and the previous version's {@code /6/samples/{sample_id}}
 * (seed l.1580-1661). A previous-version id is looked up among face samples, then body samples.
 */
@Configuration(proxyBeanMethods = false)
public class SampleFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createSample(BlobStores stores, Clock clock) {
        return req -> {
            var kind = SampleKind.of(req.path("samples_type"));
            req.caller().require(kind.permission(), Verb.CREATION);
            var blob = Uploads.image(req, clock, false);
            var sampleId = Ids.newId();
            kind.store(stores).put(req.caller().account(), sampleId, req.body(), blob);
            var body = new LinkedHashMap<String, Object>();
            body.put("sample_id", sampleId.toString());
            body.put("url", "/6/samples/" + kind.segment() + "/" + sampleId);
            return ApiResponse.created(body);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSample(BlobStores stores) {
        return req -> {
            var kind = SampleKind.of(req.path("samples_type"));
            req.caller().require(kind.permission(), Verb.VIEW);
            var sampleId = Ids.pathId(req.path("sample_id"));
            return render(kind.store(stores).get(req.caller().account(), sampleId)
                    .orElseThrow(() -> notFound(sampleId)));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headSample(BlobStores stores) {
        return req -> {
            var kind = SampleKind.of(req.path("samples_type"));
            req.caller().require(kind.permission(), Verb.VIEW);
            var sampleId = Ids.pathId(req.path("sample_id"));
            var blob = kind.store(stores).head(req.caller().account(), sampleId).orElseThrow(() -> notFound(sampleId));
            return new ApiResponse(200, BlobHeaders.of(blob, false), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteSample(BlobStores stores) {
        return req -> {
            var kind = SampleKind.of(req.path("samples_type"));
            req.caller().require(kind.permission(), Verb.DELETION);
            var sampleId = Ids.pathId(req.path("sample_id"));
            if (!kind.store(stores).delete(req.caller().account(), sampleId)) {
                throw notFound(sampleId);
            }
            return ApiResponse.noContent();
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getSampleV5(BlobStores stores) {
        return req -> {
            var sampleId = Ids.pathId(req.path("sample_id"));
            for (var kind : SampleKind.values()) {
                if (req.caller().permissions().permits(kind.permission(), Verb.VIEW)) {
                    var found = kind.store(stores).get(req.caller().account(), sampleId);
                    if (found.isPresent()) {
                        return render(found.get());
                    }
                }
            }
            throw notFound(sampleId);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headSampleV5(BlobStores stores) {
        return req -> {
            var sampleId = Ids.pathId(req.path("sample_id"));
            for (var kind : SampleKind.values()) {
                if (req.caller().permissions().permits(kind.permission(), Verb.VIEW)) {
                    var found = kind.store(stores).head(req.caller().account(), sampleId);
                    if (found.isPresent()) {
                        return new ApiResponse(200, BlobHeaders.of(found.get(), false), new byte[0]);
                    }
                }
            }
            throw notFound(sampleId);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteSampleV5(BlobStores stores) {
        return req -> {
            var sampleId = Ids.pathId(req.path("sample_id"));
            for (var kind : SampleKind.values()) {
                if (req.caller().permissions().permits(kind.permission(), Verb.DELETION)
                        && kind.store(stores).delete(req.caller().account(), sampleId)) {
                    return ApiResponse.noContent();
                }
            }
            throw notFound(sampleId);
        };
    }

    private static ApiResponse render(StoredBlob stored) {
        return new ApiResponse(200, BlobHeaders.of(stored.blob(), false), stored.bytes());
    }

    private static LunaException notFound(UUID sampleId) {
        return new LunaException(ErrorCode.SAMPLE_NOT_FOUND, sampleId);
    }
}
