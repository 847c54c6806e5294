package org.openluna.functions.platform;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
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
        var own = new ArrayList<URI>();
        own.add(URI.create(settings.services().inferenceUrl()));
        own.add(URI.create(settings.services().matcherUrl()));
        own.add(URI.create(settings.services().senderUrl()));
        settings.aws().dynamodb().ifPresent(own::add);
        settings.aws().s3().ifPresent(own::add);
        settings.aws().sqs().ifPresent(own::add);
        own.add(URI.create("http://127.0.0.1:" + gatewayPort));
        return new CallbackTargets(settings.callbacks().privateNetworks(), own);
    }

    @Bean
    Handlers handlers(DynamoDbClient dynamo, TableNames names, CallbackTargets callbackTargets, Clock clock) {
        return new Handlers(new HandlersTable(dynamo, names), new ListsTable(dynamo, names), callbackTargets, clock);
    }
}
