package org.openluna.sender;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.openluna.protocol.ServiceOptions;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Sender's options when it runs alone: {@code --port=5080}, {@code --host=127.0.0.1},
 * {@code --queue=luna-events} (or {@code --resource-prefix=luna-}), {@code --wait-seconds=20},
 * {@code --region=us-east-1} and {@code --sqs-endpoint=URL} off AWS. Credentials come from the AWS
 * SDK's default chain (environment, profile, instance role); the platform's token secret, which the
 * events' seal is keyed from, from {@code LUNA_AUTH_TOKEN_SECRET}, as the functions take it.
 */
record CommandLine(SenderSettings settings, String region, URI sqsEndpoint) {
    private static final Set<String> NAMES = Set.of("port", "host", "queue", "resource-prefix", "wait-seconds", "region", "sqs-endpoint");

    static CommandLine parse(String[] args) {
        var options = ServiceOptions.parse(NAMES, args);
        var queue = options.text("queue", new QueueNames(options.text("resource-prefix", "luna-")).events());
        var settings = new SenderSettings(options.text("host", "127.0.0.1"), options.number("port", SenderSettings.DEFAULT_PORT), queue,
                options.number("wait-seconds", 20));
        var endpoint = options.text("sqs-endpoint", null);
        return new CommandLine(settings, options.text("region", "us-east-1"), endpoint == null ? null : URI.create(endpoint));
    }

    static final String SECRET_VARIABLE = "LUNA_AUTH_TOKEN_SECRET";

    /** The seal the functions put on every event; a Sender without the secret could tell no event of theirs from a stranger's. */
    static MessageSeal sealFromEnvironment() {
        var secret = System.getenv(SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(SECRET_VARIABLE + " is not set: the Sender checks every event by the platform's secret");
        }
        return new MessageSeal(secret.getBytes(StandardCharsets.UTF_8));
    }

    SqsClient sqsClient() {
        var builder = SqsClient.builder().region(Region.of(region)).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (sqsEndpoint != null) {
            builder.endpointOverride(sqsEndpoint);
        }
        return builder.build();
    }
}
