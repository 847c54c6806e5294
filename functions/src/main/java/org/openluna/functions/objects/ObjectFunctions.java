package org.openluna.functions.objects;

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

/** {@code /6/objects} (seed l.1754-1800): any bytes, stored as-is with their content type. */
@Configuration(proxyBeanMethods = false)
@Import(StorageConfiguration.class)
public class ObjectFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createObject(BlobStores stores, Clock clock) {
        var objects = stores.objectResource();
        return req -> objects.create(req.caller().account(), req.body(), Uploads.object(req, clock));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getObject(BlobStores stores) {
        var objects = stores.objectResource();
        return req -> objects.get(req.caller().account(), Ids.pathId(req.path("object_id")), false);
    }

    @Bean
    Function<ApiRequest, ApiResponse> headObject(BlobStores stores) {
        var objects = stores.objectResource();
        return req -> objects.head(req.caller().account(), Ids.pathId(req.path("object_id")), false);
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteObject(BlobStores stores) {
        var objects = stores.objectResource();
        return req -> objects.delete(req.caller().account(), Ids.pathId(req.path("object_id")));
    }
}
