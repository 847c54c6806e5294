package org.openluna.functions.objects;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.BlobHeaders;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.Uploads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /6/objects} (seed l.1754-1800): any bytes, stored as-is with their content type. */
@Configuration(proxyBeanMethods = false)
public class ObjectFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createObject(BlobStores stores, Clock clock) {
        return req -> {
            var blob = Uploads.object(req, clock);
            var objectId = Ids.newId();
            stores.objects().put(req.caller().account(), objectId, req.body(), blob);
            var body = new LinkedHashMap<String, Object>();
            body.put("object_id", objectId.toString());
            body.put("url", "/6/objects/" + objectId);
            return ApiResponse.created(body);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getObject(BlobStores stores) {
        return req -> {
            var objectId = Ids.pathId(req.path("object_id"));
            var stored = stores.objects().get(req.caller().account(), objectId)
                    .orElseThrow(() -> new LunaException(ErrorCode.OBJECT_NOT_FOUND, objectId));
            return new ApiResponse(200, BlobHeaders.of(stored.blob(), false), stored.bytes());
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headObject(BlobStores stores) {
        return req -> {
            var objectId = Ids.pathId(req.path("object_id"));
            var blob = stores.objects().head(req.caller().account(), objectId)
                    .orElseThrow(() -> new LunaException(ErrorCode.OBJECT_NOT_FOUND, objectId));
            return new ApiResponse(200, BlobHeaders.of(blob, false), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteObject(BlobStores stores) {
        return req -> {
            var objectId = Ids.pathId(req.path("object_id"));
            if (!stores.objects().delete(req.caller().account(), objectId)) {
                throw new LunaException(ErrorCode.OBJECT_NOT_FOUND, objectId);
            }
            return ApiResponse.noContent();
        };
    }
}
