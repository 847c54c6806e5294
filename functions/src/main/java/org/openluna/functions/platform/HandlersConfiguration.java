package org.openluna.functions.platform;

import java.time.Clock;
import java.util.List;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Handlers and where their callbacks may go (ADR 0011, ADR 0016). */
@Configuration(proxyBeanMethods = false)
public class HandlersConfiguration {

    /** The platform's own endpoints, which no callback may reach, and whether private networks may be called. */
    @Bean
    CallbackTargets callbackTargets(LunaSettings settings, @Value("${server.port:5000}") int gatewayPort) {
        var services = settings.services();
        return CallbackTargets.ofPlatform(settings.callbacks().privateNetworks(),
                List.of(services.inferenceUrl(), services.matcherUrl(), services.senderUrl()), settings.aws().clients(), gatewayPort);
    }

    @Bean
    Handlers handlers(DynamoDbClient dynamo, TableNames names, CallbackTargets callbackTargets, Clock clock) {
        return new Handlers(new HandlersTable(dynamo, names), new ListsTable(dynamo, names), callbackTargets, clock);
    }
}
