package org.openluna.functions.platform;

import org.openluna.shared.blobs.BucketNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client and the buckets' names, which grant nothing by themselves: what reads or writes objects is {@link StorageConfiguration}. */
@Configuration(proxyBeanMethods = false)
public class S3ClientConfiguration {

    @Bean
    S3Client s3(LunaSettings settings) {
        return settings.aws().clients().s3Client();
    }

    @Bean
    BucketNames bucketNames(LunaSettings settings) {
        return new BucketNames(settings.resourcePrefix());
    }
}
