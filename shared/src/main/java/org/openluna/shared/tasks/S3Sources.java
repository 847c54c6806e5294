package org.openluna.shared.tasks;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A client of an estimator's source bucket, with the keys the task was given and nothing else: not
 * the platform's credentials, which could read every account's objects (ADR 0022).
 */
final class S3Sources {
    private S3Sources() {}

    static S3Client client(EstimatorContent.S3 source) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(source.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(source.accessKey(), source.secretKey())));
        if (source.endpoint() != null) {
            // S3-compatible stores mostly answer on one host, the bucket in the path
            builder.endpointOverride(source.endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }
}
