package org.openluna.localstack;

import java.net.URI;
import java.time.Duration;
import org.openluna.matcher.service.MatcherServer;
import org.openluna.matcher.service.MatcherSettings;
import org.springframework.context.SmartLifecycle;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The matcher service inside the launcher, started by the functions' context at the one moment that
 * fits: after the tables are provisioned (the matcher loads the faces table at start) and before the
 * local gateway listens (no request finds the matcher still loading). Spring starts lifecycles of a
 * low phase before the web server's, and stops them after it. It owns its AWS clients.
 */
final class EmbeddedMatcher implements SmartLifecycle {
    /** Before the web server (Spring Boot starts it in a phase near Integer.MAX_VALUE). */
    private static final int PHASE = 0;
    private static final Duration LOAD_PATIENCE = Duration.ofMinutes(10);
    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private final MatcherSettings settings;
    private final URI dynamoEndpoint;
    private final String region;
    private DynamoDbClient dynamo;
    private DynamoDbStreamsClient streams;
    private MatcherServer server;

    EmbeddedMatcher(MatcherSettings settings, URI dynamoEndpoint, String region) {
        this.settings = settings;
        this.dynamoEndpoint = dynamoEndpoint;
        this.region = region;
    }

    /**
     * The CPU backend is written with the JDK Vector API, an incubator module that a JVM resolves only
     * when asked on its command line: say so at once instead of failing later on a missing class.
     */
    static void requireVectorModule() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            throw new IllegalStateException("the matcher needs the JDK Vector API: start the launcher with "
                    + "java --add-modules " + VECTOR_MODULE + " -jar localstack/target/luna-localstack.jar");
        }
    }

    @Override
    public void start() {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        dynamo = DynamoDbClient.builder().endpointOverride(dynamoEndpoint).region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        streams = DynamoDbStreamsClient.builder().endpointOverride(dynamoEndpoint).region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        try {
            server = MatcherServer.start(settings, dynamo, streams);
            server.awaitLoaded(LOAD_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while the matcher loaded the faces", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            server = null;
            if (streams != null) {
                streams.close();
            }
            if (dynamo != null) {
                dynamo.close();
            }
            streams = null;
            dynamo = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
