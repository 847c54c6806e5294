package org.openluna.localstack;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the started stack holds in S3 for one account, read through the S3 API as any client would:
 * every blob the platform stores (images, samples, objects) is keyed under its account's id.
 */
final class StoredObjects {
    private StoredObjects() {}

    static int of(RunningStack.Started stack, String accountId) {
        try (var s3 = S3Client.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + stack.settings().emulatorPorts().s3()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            int count = 0;
            for (var bucket : s3.listBuckets().buckets()) {
                count += s3.listObjectsV2Paginator(b -> b.bucket(bucket.name()).prefix(accountId + "/")).contents().stream()
                        .mapToInt(o -> 1).sum();
            }
            return count;
        }
    }
}
