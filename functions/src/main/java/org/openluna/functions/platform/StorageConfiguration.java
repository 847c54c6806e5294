package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.BucketNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 and the platform's buckets: images, objects, samples, event bodies. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    S3Client s3(LunaSettings settings, AwsCredentialsProvider credentials) {
        return AwsClients.configured(S3Client.builder(), settings, credentials, settings.aws().s3())
                // emulators serve buckets by path, not by virtual host
                .forcePathStyle(settings.aws().s3().isPresent())
                .build();
    }

    @Bean
    BucketNames bucketNames(LunaSettings settings) {
        return new BucketNames(settings.resourcePrefix());
    }

    @Bean
    BlobStores blobStores(S3Client s3, BucketNames buckets, Clock clock) {
        return BlobStores.of(s3, buckets, clock);
    }
}
