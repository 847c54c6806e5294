package org.openluna.functions.events;

import java.time.Clock;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.platform.CallbackQueueConfiguration;
import org.openluna.functions.platform.EventStoreConfiguration;
import org.openluna.functions.platform.FacesConfiguration;
import org.openluna.functions.platform.HandlersConfiguration;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.MatcherServiceConfiguration;
import org.openluna.functions.platform.QueueConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.matching.EventCandidateSearch;
import org.openluna.shared.matching.FaceCandidateSearch;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.EventWriteBuffer;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What the events functions are built of: the events store, the write buffer, and the handler pipeline's parts. */
@Configuration(proxyBeanMethods = false)
@Import({InferenceConfiguration.class, MatcherServiceConfiguration.class, FacesConfiguration.class, StorageConfiguration.class,
        EventStoreConfiguration.class, QueueConfiguration.class, HandlersConfiguration.class, CallbackQueueConfiguration.class})
public class EventsConfiguration {

    @Bean
    EventWriteBuffer eventWriteBuffer(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        return new EventWriteBuffer(sqs, queues, seal);
    }

    @Bean
    EventGeneration eventGeneration(Inference inference, MatcherClient matcher, DynamoDbClient dynamo, TableNames names, Faces faces,
                                    TemporaryAttributes attributes, BlobStores stores, Events events, EventWriteBuffer buffer,
                                    EventPublisher publisher, CallbackQueue callbacks, Clock clock) {
        var candidates = new PolicyMatching.Searches(
                new FaceCandidateSearch(matcher, new FacesTable(dynamo, names), new ListsTable(dynamo, names), faces),
                new EventCandidateSearch(events));
        var storage = new PolicyStorage(stores.faceSamples(), attributes, faces, clock);
        var delivery = new EventDelivery(events, buffer, publisher, callbacks);
        return new EventGeneration(inference, candidates, storage, stores.images(), delivery, clock);
    }
}
