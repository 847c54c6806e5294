package org.openluna.shared.blobs;

import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/** The four blob stores of the platform. */
public record BlobStores(BlobStore images, BlobStore faceSamples, BlobStore bodySamples, BlobStore objects) {
    public BlobStores {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(faceSamples, "face samples");
        Objects.requireNonNull(bodySamples, "body samples");
        Objects.requireNonNull(objects, "objects");
    }

    public static BlobStores of(S3Client s3, BucketNames buckets, Clock clock) {
        return new BlobStores(new BlobStore(s3, buckets.images(), clock), new BlobStore(s3, buckets.faceSamples(), clock),
                new BlobStore(s3, buckets.bodySamples(), clock), new BlobStore(s3, buckets.objects(), clock));
    }
}
