package org.openluna.sender;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openluna.shared.queues.QueueNames;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Sender's options when it runs alone: {@code --port=5080}, {@code --host=127.0.0.1},
 * {@code --queue=luna-events} (or {@code --resource-prefix=luna-}), {@code --wait-seconds=20},
 * {@code --region=us-east-1} and {@code --sqs-endpoint=URL} off AWS. Credentials come from the AWS
 * SDK's default chain (environment, profile, instance role).
 */
record CommandLine(SenderSettings settings, String region, URI sqsEndpoint) {
    private static final Set<String> NAMES = Set.of("port", "host", "queue", "resource-prefix", "wait-seconds", "region", "sqs-endpoint");

    static CommandLine parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (var arg : args) {
            int eq = arg.indexOf('=');
            var name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; options: --" + String.join("=..., --", NAMES.stream().sorted().toList()) + "=...");
            }
            given.put(name, arg.substring(eq + 1));
        }
        var queue = given.getOrDefault("queue", new QueueNames(given.getOrDefault("resource-prefix", "luna-")).events());
        var settings = new SenderSettings(given.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(given.getOrDefault("port", Integer.toString(SenderSettings.DEFAULT_PORT))), queue,
                Integer.parseInt(given.getOrDefault("wait-seconds", "20")));
        var endpoint = given.containsKey("sqs-endpoint") ? URI.create(given.get("sqs-endpoint")) : null;
        return new CommandLine(settings, given.getOrDefault("region", "us-east-1"), endpoint);
    }

    SqsClient sqsClient() {
        var builder = SqsClient.builder().region(Region.of(region)).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (sqsEndpoint != null) {
            builder.endpointOverride(sqsEndpoint);
        }
        return builder.build();
    }
}
