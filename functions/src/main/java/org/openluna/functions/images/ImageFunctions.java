package org.openluna.functions.images;

import java.time.Clock;
import java.util.function.Function;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.Uploads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code /6/images} (seed l.1701-1746): source images with optional user metadata and lifetime. */
@Configuration(proxyBeanMethods = false)
@Import(StorageConfiguration.class)
public class ImageFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createImage(BlobStores stores, Clock clock) {
        var images = stores.imageResource();
        return req -> images.create(req.caller().account(), req.body(), Uploads.image(req, clock, true));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getImage(BlobStores stores) {
        var images = stores.imageResource();
        return req -> images.get(req.caller().account(), Ids.pathId(req.path("image_id")), req.query().flag("with_meta", false));
    }

    @Bean
    Function<ApiRequest, ApiResponse> headImage(BlobStores stores) {
        var images = stores.imageResource();
        return req -> images.head(req.caller().account(), Ids.pathId(req.path("image_id")), req.query().flag("with_meta", false));
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteImage(BlobStores stores) {
        var images = stores.imageResource();
        return req -> images.delete(req.caller().account(), Ids.pathId(req.path("image_id")));
    }
}
