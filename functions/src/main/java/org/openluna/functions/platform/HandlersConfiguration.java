package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Handlers and where their callbacks may go (ADR 0011, ADR 0016). */
@Configuration(proxyBeanMethods = false)
@Import(CallbackTargetsConfiguration.class)
public class HandlersConfiguration {

    @Bean
    Handlers handlers(DynamoDbClient dynamo, TableNames names, CallbackTargets callbackTargets, Clock clock) {
        return new Handlers(new HandlersTable(dynamo, names), new ListsTable(dynamo, names), callbackTargets, clock);
    }
}
