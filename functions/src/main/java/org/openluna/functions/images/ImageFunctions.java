package org.openluna.functions.images;

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

/** {@code /6/images} (seed l.1701-1746): source images with optional user metadata and lifetime. */
@Configuration(proxyBeanMethods = false)
public class ImageFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createImage(BlobStores stores, Clock clock) {
        return req -> {
            var blob = Uploads.image(req, clock, true);
            var imageId = Ids.newId();
            stores.images().put(req.caller().account(), imageId, req.body(), blob);
            var body = new LinkedHashMap<String, Object>();
            body.put("image_id", imageId.toString());
            body.put("url", "/6/images/" + imageId);
            return ApiResponse.created(body);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getImage(BlobStores stores) {
        return req -> {
            var imageId = Ids.pathId(req.path("image_id"));
            var stored = stores.images().get(req.caller().account(), imageId)
                    .orElseThrow(() -> new LunaException(ErrorCode.IMAGE_NOT_FOUND, imageId));
            return new ApiResponse(200, BlobHeaders.of(stored.blob(), req.query().flag("with_meta", false)), stored.bytes());
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> headImage(BlobStores stores) {
        return req -> {
            var imageId = Ids.pathId(req.path("image_id"));
            var blob = stores.images().head(req.caller().account(), imageId)
                    .orElseThrow(() -> new LunaException(ErrorCode.IMAGE_NOT_FOUND, imageId));
            return new ApiResponse(200, BlobHeaders.of(blob, req.query().flag("with_meta", false)), new byte[0]);
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteImage(BlobStores stores) {
        return req -> {
            var imageId = Ids.pathId(req.path("image_id"));
            if (!stores.images().delete(req.caller().account(), imageId)) {
                throw new LunaException(ErrorCode.IMAGE_NOT_FOUND, imageId);
            }
            return ApiResponse.noContent();
        };
    }
}
