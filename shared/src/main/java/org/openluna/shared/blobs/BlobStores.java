package org.openluna.shared.blobs;

import java.time.Clock;
import java.util.Objects;
import org.openluna.shared.api.ErrorCode;
import software.amazon.awssdk.services.s3.S3Client;

/** The four blob stores of the platform. */
public record BlobStores(BlobStore images, BlobStore faceSamples, BlobStore bodySamples, BlobStore objects) {
    public BlobStores {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(faceSamples, "face samples");
        Objects.requireNonNull(bodySamples, "body samples");
        Objects.requireNonNull(objects, "objects");
    }

    public BlobResource imageResource() {
        return new BlobResource(images, "image_id", "/6/images/", ErrorCode.IMAGE_NOT_FOUND);
    }

    public BlobResource objectResource() {
        return new BlobResource(objects, "object_id", "/6/objects/", ErrorCode.OBJECT_NOT_FOUND);
    }

    public BlobResource faceSampleResource() {
        return new BlobResource(faceSamples, "sample_id", "/6/samples/faces/", ErrorCode.SAMPLE_NOT_FOUND);
    }

    public BlobResource bodySampleResource() {
        return new BlobResource(bodySamples, "sample_id", "/6/samples/bodies/", ErrorCode.SAMPLE_NOT_FOUND);
    }

    public static BlobStores of(S3Client s3, BucketNames buckets, Clock clock) {
        return new BlobStores(new BlobStore(s3, buckets.images(), clock), new BlobStore(s3, buckets.faceSamples(), clock),
                new BlobStore(s3, buckets.bodySamples(), clock), new BlobStore(s3, buckets.objects(), clock));
    }
}
