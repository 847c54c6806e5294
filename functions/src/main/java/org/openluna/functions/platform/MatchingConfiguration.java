package org.openluna.functions.platform;

import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.matching.AttributeCandidateSearch;
import org.openluna.shared.matching.EventCandidateSearch;
import org.openluna.shared.matching.FaceCandidateSearch;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.ReferenceDescriptors;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Matching of references against faces, attributes and events (ADR 0010). */
@Configuration(proxyBeanMethods = false)
@Import({MatcherServiceConfiguration.class, FacesConfiguration.class, EventStoreConfiguration.class})
public class MatchingConfiguration {

    @Bean
    FaceMatching faceMatching(DynamoDbClient dynamo, TableNames names, MatcherClient matcher, Faces faces, TemporaryAttributes attributes,
                              Events events) {
        var table = new FacesTable(dynamo, names);
        return new FaceMatching(new ReferenceDescriptors(table, attributes, events),
                new FaceCandidateSearch(matcher, table, new ListsTable(dynamo, names), faces),
                new AttributeCandidateSearch(attributes), new EventCandidateSearch(events));
    }
}
