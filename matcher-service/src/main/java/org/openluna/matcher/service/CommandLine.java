package org.openluna.matcher.service;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.openluna.protocol.ServiceOptions;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The service's command line: {@code --port=N} (5300), {@code --table-prefix=P} ({@code luna-}),
 * {@code --backend=cpu|scalar|cuda} (cpu), {@code --threads=N} (one per core), {@code --gpu-rows=N} (rows
 * the cuda backend makes room for; 0, the default: as many as the GPU's free memory holds), {@code --stream-pause-millis=N}
 * (100), {@code --region=R} (us-east-1) and {@code --dynamodb-endpoint=URL} (none: AWS itself; an
 * emulator or LocalStack otherwise). Credentials come from AWS's default chain. An option it does not
 * know, or a value it cannot read, stops the start with a message rather than being ignored.
 */
final class CommandLine {
    private static final Set<String> OPTIONS = Set.of("port", "table-prefix", "backend", "threads", "gpu-rows", "stream-pause-millis",
            "region", "dynamodb-endpoint");

    /** How to reach DynamoDB and its streams. */
    record Aws(String region, URI endpoint) {
        DynamoDbClient dynamoDb() {
            var builder = DynamoDbClient.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            return builder.build();
        }

        DynamoDbStreamsClient streams() {
            var builder = DynamoDbStreamsClient.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                    .httpClientBuilder(UrlConnectionHttpClient.builder());
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            return builder.build();
        }
    }

    record Options(MatcherSettings settings, Aws aws) {}

    private CommandLine() {}

    static Options parse(String... args) {
        var options = ServiceOptions.parse(OPTIONS, args);
        var defaults = MatcherSettings.defaults(options.number("port", 5300), options.text("table-prefix", "luna-"));
        var settings = new MatcherSettings(defaults.host(), defaults.port(), defaults.tablePrefix(),
                options.has("backend") ? BackendKind.parse(options.text("backend", null)) : defaults.backend(),
                options.number("threads", defaults.threads()),
                Duration.ofMillis(options.number("stream-pause-millis", (int) defaults.streamPause().toMillis())),
                defaults.loadSegments(), defaults.maxRequestBytes(), options.number("gpu-rows", 0));
        var endpoint = options.text("dynamodb-endpoint", null);
        return new Options(settings, new Aws(options.text("region", "us-east-1"), endpoint == null ? null : URI.create(endpoint)));
    }
}
