package org.openluna.functions.platform;

import org.openluna.shared.tables.StreamsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Streams read, never written: where each stands, for the websocket that reports it (ADR 0024). */
@Configuration(proxyBeanMethods = false)
public class StreamStatusConfiguration {

    @Bean
    StreamsTable streamsTable(DynamoDbClient dynamo, TableNames names) {
        return new StreamsTable(dynamo, names);
    }
}
