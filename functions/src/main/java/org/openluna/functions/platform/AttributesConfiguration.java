package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.tables.AttributesTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Temporary attributes (ADR 0007). */
@Configuration(proxyBeanMethods = false)
public class AttributesConfiguration {

    @Bean
    TemporaryAttributes temporaryAttributes(DynamoDbClient dynamo, TableNames names, Clock clock) {
        return new TemporaryAttributes(new AttributesTable(dynamo, names), clock);
    }
}
