package org.openluna.workers;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.http.CallbackSender;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.matching.AttributeCandidateSearch;
import org.openluna.shared.matching.EventCandidateSearch;
import org.openluna.shared.matching.FaceCandidateSearch;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.ReferenceDescriptors;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.queues.TaskQueue;
import org.openluna.shared.tables.AttributesTable;
import org.openluna.shared.tables.EventsTable;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.SchedulesTable;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.TasksTable;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.tables.TokensTable;
import org.openluna.shared.tasks.Estimator;
import org.openluna.shared.tasks.GcLeftovers;
import org.openluna.shared.tasks.TaskExecution;
import org.openluna.shared.tasks.TaskSchedules;
import org.openluna.shared.tasks.Tasks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What the workers are built of; Micronaut makes each the first time a handler asks for it. */
@Factory
class WorkerBeans {

    @Singleton
    WorkerSettings settings(Environment environment) {
        return WorkerSettings.from(environment);
    }

    @Singleton
    MessageSeal seal(WorkerSettings settings) {
        return new MessageSeal(settings.secret());
    }

    @Singleton
    SqsClient sqs(WorkerSettings settings) {
        return settings.aws().sqsClient();
    }

    @Singleton
    Events events(WorkerSettings settings) {
        var names = new TableNames(settings.resourcePrefix());
        S3Client s3 = settings.aws().s3Client();
        DynamoDbClient dynamo = settings.aws().dynamoDbClient();
        return new Events(new EventsTable(dynamo, names, new BlobStore(s3, new BucketNames(settings.resourcePrefix()).eventBodies(),
                Clock.systemUTC())));
    }

    /** What the task functions do: planning and subtasks over the faces, lists and tasks tables (ADR 0020). */
    @Singleton
    TaskExecution taskExecution(WorkerSettings settings, SqsClient sqs, MessageSeal seal, CallbackTargets targets) {
        var names = new TableNames(settings.resourcePrefix());
        DynamoDbClient dynamo = settings.aws().dynamoDbClient();
        var clock = Clock.systemUTC();
        var links = new FaceLinks(dynamo, names);
        var faces = new Faces(new FacesTable(dynamo, names), new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links,
                new TemporaryAttributes(new AttributesTable(dynamo, names), clock), clock);
        var lists = new Lists(new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links, faces, clock);
        var s3 = settings.aws().s3Client();
        var buckets = new BucketNames(settings.resourcePrefix());
        var results = new BlobStore(s3, buckets.taskResults(), clock);
        var attributes = new TemporaryAttributes(new AttributesTable(dynamo, names), clock);
        var events = new Events(new EventsTable(dynamo, names, new BlobStore(s3, buckets.eventBodies(), clock)));
        var matcher = new MatcherClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                URI.create(settings.matcherUrl()), Duration.ofSeconds(30));
        var facesTable = new FacesTable(dynamo, names);
        var matching = new FaceMatching(new ReferenceDescriptors(facesTable, attributes, events),
                new FaceCandidateSearch(matcher, facesTable, new ListsTable(dynamo, names), faces),
                new AttributeCandidateSearch(attributes), new EventCandidateSearch(events));
        return new TaskExecution(new TasksTable(dynamo, names), new TaskQueue(sqs, new QueueNames(settings.resourcePrefix()), seal),
                faces, lists, events, matching, results, new GcLeftovers(new BlobStore(s3, buckets.faceSamples(), clock),
                        new BlobStore(s3, buckets.bodySamples(), clock), new BlobStore(s3, buckets.images(), clock)),
                new Estimator(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), targets, URI.create(settings.apiUrl()),
                        results, new TasksTable(dynamo, names), new TokensTable(dynamo, names), new HandlersTable(dynamo, names), new TokenSigner(settings.secret()), clock),
                new CallbackQueue(sqs, new QueueNames(settings.resourcePrefix()), seal), clock);
    }

    @Singleton
    CallbackTargets callbackTargets(WorkerSettings settings) {
        return CallbackTargets.ofPlatform(settings.callbacksToPrivateNetworks(), settings.serviceUrls(), settings.aws(), settings.gatewayPort());
    }

    /** The schedules' tick: it stores and queues the tasks of the schedules due (ADR 0021). */
    @Singleton
    TaskSchedules taskSchedules(WorkerSettings settings, SqsClient sqs, MessageSeal seal, CallbackTargets targets) {
        var names = new TableNames(settings.resourcePrefix());
        DynamoDbClient dynamo = settings.aws().dynamoDbClient();
        var clock = Clock.systemUTC();
        var queues = new QueueNames(settings.resourcePrefix());
        var table = new TasksTable(dynamo, names);
        var queue = new TaskQueue(sqs, queues, seal);
        var tasks = new Tasks(table, queue, new BlobStore(settings.aws().s3Client(), new BucketNames(settings.resourcePrefix()).taskResults(), clock),
                new CallbackQueue(sqs, queues, seal), targets, clock);
        return new TaskSchedules(new SchedulesTable(dynamo, names), table, tasks, queue, clock);
    }

    /** One try of a callback may take the callbacks function's whole time but for a margin to report it. */
    @Singleton
    CallbackSender callbackSender(CallbackTargets targets) {
        return new CallbackSender(targets, QueueNames.CALLBACK_WORKER_SECONDS - 10);
    }
}
