package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.queues.TaskQueue;
import org.openluna.functions.tasks.TaskChecks;
import org.openluna.functions.tasks.TaskResults;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.SchedulesTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.TasksTable;
import org.openluna.shared.tasks.TaskSchedules;
import org.openluna.shared.tasks.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Tasks: their table, the queue that plans them, and the bucket of their results (ADR 0020); their schedules (ADR 0021). */
@Configuration(proxyBeanMethods = false)
@Import({S3ClientConfiguration.class, SqsClientConfiguration.class, FacesConfiguration.class, CallbackTargetsConfiguration.class,
        CallbackQueueConfiguration.class})
public class TasksConfiguration {

    @Bean
    Tasks tasks(DynamoDbClient dynamo, TableNames names, SqsClient sqs, QueueNames queues, MessageSeal seal, S3Client s3,
                BucketNames buckets, CallbackQueue callbacks, CallbackTargets targets, Clock clock) {
        return new Tasks(new TasksTable(dynamo, names), new TaskQueue(sqs, queues, seal), new BlobStore(s3, buckets.taskResults(), clock),
                callbacks, targets, clock);
    }

    @Bean
    TaskResults taskResults(Tasks tasks, S3Client s3, BucketNames buckets, LunaSettings settings, Clock clock) {
        return new TaskResults(tasks, new BlobStore(s3, buckets.taskResults(), clock), settings.aws().clients().s3Presigner(),
                settings.tasks().inlineResultBytes());
    }

    /** What a task's creation asks of its caller beyond its route's permission (ADR 0004, ADR 0022). */
    @Bean
    TaskChecks taskChecks(Tasks tasks, Lists lists, DynamoDbClient dynamo, TableNames names, CallbackTargets targets, Clock clock) {
        return new TaskChecks(tasks, lists, new Handlers(new HandlersTable(dynamo, names), new ListsTable(dynamo, names), targets, clock), targets);
    }

    @Bean
    TaskSchedules taskSchedules(DynamoDbClient dynamo, TableNames names, Tasks tasks, SqsClient sqs, QueueNames queues, MessageSeal seal,
                                Clock clock) {
        return new TaskSchedules(new SchedulesTable(dynamo, names), new TasksTable(dynamo, names), tasks, new TaskQueue(sqs, queues, seal),
                clock);
    }
}
