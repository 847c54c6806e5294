package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.events.Events;
import org.openluna.shared.tables.EventsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The events store: the events table and the bucket of bodies too large for it (ADR 0013). */
@Configuration(proxyBeanMethods = false)
@Import(S3ClientConfiguration.class)
public class EventStoreConfiguration {

    @Bean
    Events events(DynamoDbClient dynamo, TableNames names, S3Client s3, BucketNames buckets, Clock clock) {
        return new Events(new EventsTable(dynamo, names, new BlobStore(s3, buckets.eventBodies(), clock)));
    }
}
