package org.openluna.functions.platform;

import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.health.HealthCheck;
import org.openluna.shared.provisioning.Provisioner;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What looks at every store at once: the health check and, off AWS, the provisioning of missing resources. */
@Configuration(proxyBeanMethods = false)
@Import({S3ClientConfiguration.class, SqsClientConfiguration.class})
public class OperationsConfiguration {

    @Bean
    Provisioner provisioner(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        return new Provisioner(dynamo, s3, sqs, tables, buckets, queues);
    }

    @Bean
    HealthCheck healthCheck(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        return new HealthCheck(dynamo, s3, sqs, tables, buckets, queues);
    }
}
