package org.openluna.matcher.service;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The service's command line: {@code --port=N} (5300), {@code --table-prefix=P} ({@code luna-}),
 * {@code --backend=cpu|scalar} (cpu), {@code --threads=N} (one per core), {@code --stream-pause-millis=N}
 * (100), {@code --region=R} (us-east-1) and {@code --dynamodb-endpoint=URL} (none: AWS itself; an
 * emulator or LocalStack otherwise). Credentials come from AWS's default chain. An option it does not
 * know, or a value it cannot read, stops the start with a message rather than being ignored.
 */
final class CommandLine {
    private static final Set<String> OPTIONS = Set.of("port", "table-prefix", "backend", "threads", "stream-pause-millis",
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
        var values = new HashMap<String, String>();
        for (var arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are --"
                        + String.join("=, --", OPTIONS.stream().sorted().toList()) + "=");
            }
            values.put(name, arg.substring(equals + 1));
        }
        var defaults = MatcherSettings.defaults(number(values, "port", 5300), values.getOrDefault("table-prefix", "luna-"));
        var settings = new MatcherSettings(defaults.host(), defaults.port(), defaults.tablePrefix(),
                values.containsKey("backend") ? BackendKind.parse(values.get("backend")) : defaults.backend(),
                number(values, "threads", defaults.threads()),
                Duration.ofMillis(number(values, "stream-pause-millis", (int) defaults.streamPause().toMillis())),
                defaults.loadSegments(), defaults.maxRequestBytes());
        var endpoint = values.get("dynamodb-endpoint");
        return new Options(settings, new Aws(values.getOrDefault("region", "us-east-1"), endpoint == null ? null : URI.create(endpoint)));
    }

    private static int number(Map<String, String> values, String name, int otherwise) {
        var value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, got " + value, e);
        }
    }
}
