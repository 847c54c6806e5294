package org.openluna.shared.blobs;

import java.util.List;
import java.util.Objects;

/** The platform's S3 buckets, all under one prefix. */
public record BucketNames(String prefix) {
    public BucketNames {
        Objects.requireNonNull(prefix, "bucket prefix");
    }

    public String images() { return prefix + "images"; }

    public String faceSamples() { return prefix + "face-samples"; }

    public String bodySamples() { return prefix + "body-samples"; }

    public String objects() { return prefix + "objects"; }

    /** Stored events too large for one DynamoDB item (ADR 0013); no route serves this bucket. */
    public String eventBodies() { return prefix + "event-bodies"; }

    /** Tasks' results, each kept as long as its task's {@code result_storage_policy} says (ADR 0020). */
    public String taskResults() { return prefix + "task-results"; }

    public List<String> all() { return List.of(images(), faceSamples(), bodySamples(), objects(), eventBodies(), taskResults()); }
}
