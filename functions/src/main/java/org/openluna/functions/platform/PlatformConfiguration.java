package org.openluna.functions.platform;

import java.time.Clock;
import org.openluna.shared.auth.Accounts;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.PasswordHasher;
import org.openluna.shared.auth.Sessions;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.auth.Tokens;
import org.openluna.shared.provisioning.Provisioner;
import org.openluna.shared.tables.AccountsTable;
import org.openluna.shared.tables.SessionsTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.TokensTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What every group needs, whichever it is: the clock, DynamoDB and the tables'
 * names, and authentication (accounts, tokens, sessions). Everything else is a capability a group's
 * configuration imports (ADR 0017).
 */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    /**
     * Reactor Netty's global event loops would be shut down by the first context to close, taking every
     * other server in the JVM with it; each context keeps its own.
     */
    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        var factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DynamoDbClient dynamoDb(LunaSettings settings) {
        return settings.aws().clients().dynamoDbClient();
    }

    @Bean
    TableNames tableNames(LunaSettings settings) {
        return new TableNames(settings.resourcePrefix());
    }

    @Bean
    Accounts accounts(DynamoDbClient dynamo, TableNames names, LunaSettings settings, Clock clock) {
        return new Accounts(new AccountsTable(dynamo, names), new PasswordHasher(settings.auth().bcryptCost()), clock);
    }

    @Bean
    TokenSigner tokenSigner(LunaSettings settings) {
        return new TokenSigner(settings.auth().secretKey());
    }

    @Bean
    Tokens tokens(DynamoDbClient dynamo, TableNames names, TokenSigner signer, Clock clock) {
        return new Tokens(new TokensTable(dynamo, names), signer, clock);
    }

    @Bean
    Sessions sessions(DynamoDbClient dynamo, TableNames names, TokenSigner signer, Accounts accounts, Clock clock) {
        return new Sessions(new SessionsTable(dynamo, names), signer, accounts, clock);
    }

    @Bean
    Authorizer authorizer(Accounts accounts, Tokens tokens, Sessions sessions, LunaSettings settings) {
        return new Authorizer(accounts, tokens, sessions, settings.auth().accountIdHeaderAlone());
    }

    /** The provisioner exists where the service group is served (the embedded default serves every group). */
    @Bean
    StartupTasks startupTasks(@Value("${luna.provision-resources:false}") boolean isProvisioning, LunaSettings settings,
                              ObjectProvider<Provisioner> provisioner, Accounts accounts) {
        return new StartupTasks(isProvisioning, settings, provisioner, accounts);
    }
}
