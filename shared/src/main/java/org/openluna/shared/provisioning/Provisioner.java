package org.openluna.shared.provisioning;

import java.util.HashMap;
import java.util.Map;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.queues.QueueSpec;
import org.openluna.shared.tables.TableDefinitions;
import org.openluna.shared.tables.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the tables, buckets and queues the platform needs, when they are missing. The local stack
 * runs it at start; on AWS Terraform creates the same resources from the same definitions.
 */
public final class Provisioner {
    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final SqsClient sqs;
    private final TableNames tables;
    private final BucketNames buckets;
    private final QueueNames queues;

    public Provisioner(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sqs = sqs;
        this.tables = tables;
        this.buckets = buckets;
        this.queues = queues;
    }

    public void ensure() {
        var existing = dynamo.listTables().tableNames();
        for (var definition : TableDefinitions.all(tables)) {
            if (!existing.contains(definition.tableName())) {
                try {
                    dynamo.createTable(definition);
                    log.info("created table {}", definition.tableName());
                } catch (ResourceInUseException e) {
                    log.debug("table {} appeared meanwhile", definition.tableName());
                }
            }
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(definition.tableName()));
        }
        TableDefinitions.timeToLiveAttributes(tables).forEach(this::ensureTimeToLive);
        for (var bucket : buckets.all()) {
            try {
                s3.headBucket(b -> b.bucket(bucket));
            } catch (S3Exception missing) {
                try {
                    s3.createBucket(b -> b.bucket(bucket));
                    log.info("created bucket {}", bucket);
                } catch (BucketAlreadyOwnedByYouException e) {
                    log.debug("bucket {} appeared meanwhile", bucket);
                }
            }
        }
        for (var spec : queues.specs()) {
            ensureQueue(spec);
        }
    }

    /**
     * The queue, its dead-letter queue first when it has one, with the spec's attributes: set on every
     * start, so a data folder made by an older version takes the current ones.
     */
    private void ensureQueue(QueueSpec spec) {
        var attributes = new HashMap<QueueAttributeName, String>();
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(spec.visibilityTimeoutSeconds()));
        attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Integer.toString(spec.retentionSeconds()));
        spec.deadLetterQueue().ifPresent(deadLetters -> {
            var url = sqs.createQueue(b -> b.queueName(deadLetters)).queueUrl();
            sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                    Integer.toString(QueueSpec.DEAD_LETTER_RETENTION_SECONDS))));
            var arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            attributes.put(QueueAttributeName.REDRIVE_POLICY,
                    "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":" + spec.maxReceiveCount() + "}");
        });
        var url = sqs.createQueue(b -> b.queueName(spec.name())).queueUrl();
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(attributes));
    }

    /**
     * Turns on DynamoDB's deletion of expired items. Asked first, because AWS refuses to enable it on
     * a table where it is already on. Deletion comes late even on AWS (within days) and never on
     * DynamoDB Local, which is why every read checks expiry itself.
     */
    private void ensureTimeToLive(String table, String attribute) {
        var status = dynamo.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription().timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        dynamo.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName(attribute)));
        log.info("enabled time to live on {}.{}", table, attribute);
    }
}
