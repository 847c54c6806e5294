package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.streams.StreamGroups;
import org.openluna.shared.streams.StreamLogs;
import org.openluna.shared.streams.StreamSources;
import org.openluna.shared.streams.Streams;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.StreamGroupsTable;
import org.openluna.shared.tables.StreamLogsTable;
import org.openluna.shared.tables.StreamsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Video streams, their groups and logs (ADR 0024); a stream's reference may reach what a callback may. */
@Configuration(proxyBeanMethods = false)
@Import(CallbackTargetsConfiguration.class)
public class StreamsConfiguration {

    @Bean
    StreamSources streamSources(CallbackTargets targets, LunaSettings settings) {
        return new StreamSources(targets, settings.streams().localFiles());
    }

    @Bean
    Streams streams(DynamoDbClient dynamo, TableNames names, StreamSources sources, Clock clock) {
        return new Streams(new StreamsTable(dynamo, names), new StreamGroupsTable(dynamo, names), new StreamLogsTable(dynamo, names),
                new HandlersTable(dynamo, names), sources, clock);
    }

    @Bean
    StreamGroups streamGroups(DynamoDbClient dynamo, TableNames names, Clock clock) {
        return new StreamGroups(new StreamGroupsTable(dynamo, names), new StreamsTable(dynamo, names), clock);
    }

    @Bean
    StreamLogs streamLogs(DynamoDbClient dynamo, TableNames names) {
        return new StreamLogs(new StreamLogsTable(dynamo, names));
    }
}
