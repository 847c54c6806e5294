package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.events.Events;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.VerifiersTable;
import org.openluna.shared.verifiers.VerificationTargets;
import org.openluna.shared.verifiers.Verifiers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Verifiers and what they verify against (ADR 0014). */
@Configuration(proxyBeanMethods = false)
@Import({AttributesConfiguration.class, EventStoreConfiguration.class})
public class VerifiersConfiguration {

    @Bean
    Verifiers verifiers(DynamoDbClient dynamo, TableNames names, Clock clock) {
        return new Verifiers(new VerifiersTable(dynamo, names), clock);
    }

    @Bean
    VerificationTargets verificationTargets(DynamoDbClient dynamo, TableNames names, TemporaryAttributes attributes, Events events) {
        return new VerificationTargets(new FacesTable(dynamo, names), attributes, events);
    }
}
