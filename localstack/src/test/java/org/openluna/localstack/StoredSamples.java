package org.openluna.localstack;

import org.openluna.shared.blobs.BucketNames;
import software.amazon.awssdk.services.s3.S3Client;

/** What an account holds in the sample and image buckets, read from S3 itself rather than through the API under test. */
final class StoredSamples {
    private StoredSamples() {}

    static int faceSamplesOf(RunningStack.Started started, String accountId) {
        return count(started, started.stack().bean(BucketNames.class).faceSamples(), accountId);
    }

    static int imagesOf(RunningStack.Started started, String accountId) {
        return count(started, started.stack().bean(BucketNames.class).images(), accountId);
    }

    private static int count(RunningStack.Started started, String bucket, String accountId) {
        var s3 = started.stack().bean(S3Client.class);
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix(accountId + "/")).keyCount();
    }
}
