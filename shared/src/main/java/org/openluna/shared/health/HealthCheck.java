package org.openluna.shared.health;

import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.TableNames;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Asks each store the platform depends on whether it answers and holds our resources. */
public final class HealthCheck {
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final SqsClient sqs;
    private final TableNames tables;
    private final BucketNames buckets;
    private final QueueNames queues;

    public HealthCheck(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sqs = sqs;
        this.tables = tables;
        this.buckets = buckets;
        this.queues = queues;
    }

    /** Throws {@link ErrorCode#SERVICE_UNAVAILABLE} naming the first store that failed. */
    public void check() {
        probe("dynamodb", () -> tables.all().forEach(t -> dynamo.describeTable(b -> b.tableName(t))));
        probe("s3", () -> buckets.all().forEach(bucket -> s3.headBucket(b -> b.bucket(bucket))));
        probe("sqs", () -> queues.all().forEach(q -> sqs.getQueueUrl(b -> b.queueName(q))));
    }

    private static void probe(String service, Runnable call) {
        try {
            call.run();
        } catch (SdkException e) {
            throw new LunaException(ErrorCode.SERVICE_UNAVAILABLE, e, service);
        }
    }
}
