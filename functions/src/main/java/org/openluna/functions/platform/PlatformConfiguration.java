package org.openluna.functions.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.auth.Accounts;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.PasswordHasher;
import org.openluna.shared.auth.Sessions;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.auth.Tokens;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.health.HealthCheck;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.matching.AttributeCandidateSearch;
import org.openluna.shared.matching.EventCandidateSearch;
import org.openluna.shared.matching.FaceCandidateSearch;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.ReferenceDescriptors;
import org.openluna.shared.provisioning.Provisioner;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.AccountsTable;
import org.openluna.shared.tables.AttributesTable;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.SessionsTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.TokensTable;
import org.openluna.shared.tables.VerifiersTable;
import org.openluna.shared.verifiers.VerificationTargets;
import org.openluna.shared.verifiers.Verifiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The one place that builds the AWS clients and the domain objects of {@code shared/}. */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    /**
     * Reactor Netty's global event loops would be shut down by the first context to close, taking every
     * other server in the JVM with it; each context keeps its own.
     */
    @Bean
    org.springframework.http.client.ReactorResourceFactory reactorResourceFactory() {
        var factory = new org.springframework.http.client.ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        return factory;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AwsCredentialsProvider awsCredentials(LunaSettings settings) {
        var aws = settings.aws();
        if (aws.accessKey() != null && !aws.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Bean
    DynamoDbClient dynamoDb(LunaSettings settings, AwsCredentialsProvider credentials) {
        return configured(DynamoDbClient.builder(), settings, credentials, settings.aws().dynamodb()).build();
    }

    @Bean
    S3Client s3(LunaSettings settings, AwsCredentialsProvider credentials) {
        return configured(S3Client.builder(), settings, credentials, settings.aws().s3())
                // emulators serve buckets by path, not by virtual host
                .forcePathStyle(settings.aws().s3().isPresent())
                .build();
    }

    @Bean
    SqsClient sqs(LunaSettings settings, AwsCredentialsProvider credentials) {
        return configured(SqsClient.builder(), settings, credentials, settings.aws().sqs()).build();
    }

    /** Region, credentials, HTTP client and, off AWS, the endpoint: the same for every AWS client. */
    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configured(
            B builder, LunaSettings settings, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        builder.region(Region.of(settings.aws().region())).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    @Bean
    InferenceClient inferenceClient(LunaSettings settings) {
        var services = settings.services();
        var http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return new InferenceClient(http, URI.create(services.inferenceUrl()), java.time.Duration.ofSeconds(services.inferenceTimeoutSeconds()));
    }

    @Bean
    MatcherClient matcherClient(LunaSettings settings) {
        var services = settings.services();
        var http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return new MatcherClient(http, URI.create(services.matcherUrl()), java.time.Duration.ofSeconds(services.matcherTimeoutSeconds()));
    }

    @Bean
    TableNames tableNames(LunaSettings settings) {
        return new TableNames(settings.resourcePrefix());
    }

    @Bean
    BucketNames bucketNames(LunaSettings settings) {
        return new BucketNames(settings.resourcePrefix());
    }

    @Bean
    QueueNames queueNames(LunaSettings settings) {
        return new QueueNames(settings.resourcePrefix());
    }

    /** What handlers call for each event they produce: one message on the fan-out queue the Sender reads (ADR 0012). */
    @Bean
    EventPublisher eventPublisher(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        return new EventPublisher(sqs, queues, seal);
    }

    @Bean
    Accounts accounts(DynamoDbClient dynamo, TableNames names, LunaSettings settings, Clock clock) {
        return new Accounts(new AccountsTable(dynamo, names), new PasswordHasher(settings.auth().bcryptCost()), clock);
    }

    @Bean
    TokenSigner tokenSigner(LunaSettings settings) {
        return new TokenSigner(secret(settings));
    }

    /** The seal of the platform's own queue messages, keyed from the same secret as the tokens. */
    @Bean
    MessageSeal messageSeal(LunaSettings settings) {
        return new MessageSeal(secret(settings));
    }

    private static byte[] secret(LunaSettings settings) {
        var secret = settings.auth().tokenSecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("luna.auth.token-secret is not set: the platform cannot sign tokens without it");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
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

    @Bean
    TemporaryAttributes temporaryAttributes(DynamoDbClient dynamo, TableNames names, Clock clock) {
        return new TemporaryAttributes(new AttributesTable(dynamo, names), clock);
    }

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

    @Bean
    FaceMatching faceMatching(DynamoDbClient dynamo, TableNames names, MatcherClient matcher, Faces faces, TemporaryAttributes attributes,
                              Events events) {
        var table = new FacesTable(dynamo, names);
        return new FaceMatching(new ReferenceDescriptors(table, attributes, events),
                new FaceCandidateSearch(matcher, table, new ListsTable(dynamo, names), faces),
                new AttributeCandidateSearch(attributes), new EventCandidateSearch(events));
    }

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

    @Bean
    Verifiers verifiers(DynamoDbClient dynamo, TableNames names, Clock clock) {
        return new Verifiers(new VerifiersTable(dynamo, names), clock);
    }

    @Bean
    VerificationTargets verificationTargets(DynamoDbClient dynamo, TableNames names, TemporaryAttributes attributes, Events events) {
        return new VerificationTargets(new FacesTable(dynamo, names), attributes, events);
    }

    @Bean
    BlobStores blobStores(S3Client s3, BucketNames buckets, Clock clock) {
        return BlobStores.of(s3, buckets, clock);
    }

    @Bean
    Provisioner provisioner(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        return new Provisioner(dynamo, s3, sqs, tables, buckets, queues);
    }

    @Bean
    HealthCheck healthCheck(DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets, QueueNames queues) {
        return new HealthCheck(dynamo, s3, sqs, tables, buckets, queues);
    }
}
