package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.BucketNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.s3.S3Client;

/** The platform's buckets as stores of images, objects, samples and event bodies. */
@Configuration(proxyBeanMethods = false)
@Import(S3ClientConfiguration.class)
public class StorageConfiguration {

    @Bean
    BlobStores blobStores(S3Client s3, BucketNames buckets, Clock clock) {
        return BlobStores.of(s3, buckets, clock);
    }
}
