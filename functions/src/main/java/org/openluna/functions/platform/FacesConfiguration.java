package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Faces, lists and the links between them (ADR 0009). */
@Configuration(proxyBeanMethods = false)
@Import(AttributesConfiguration.class)
public class FacesConfiguration {

    @Bean
    FaceLinks faceLinks(DynamoDbClient dynamo, TableNames names) {
        return new FaceLinks(dynamo, names);
    }

    @Bean
    Faces faces(DynamoDbClient dynamo, TableNames names, FaceLinks links, TemporaryAttributes attributes, Clock clock) {
        return new Faces(new FacesTable(dynamo, names), new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links, attributes, clock);
    }

    @Bean
    Lists lists(DynamoDbClient dynamo, TableNames names, FaceLinks links, Faces faces, Clock clock) {
        return new Lists(new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links, faces, clock);
    }
}
