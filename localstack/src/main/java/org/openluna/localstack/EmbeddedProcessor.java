package org.openluna.localstack;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.streams.processor.ProcessorSettings;
import org.openluna.streams.processor.StreamProcessorServer;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stream processor inside the launcher's JVM, on the functions' DynamoDB client and token secret,
 * posting its streams' events to the local gateway as a processor on its own machine would.
 */
final class EmbeddedProcessor {
    /** One machine's worth: each stream takes about one core at 5 analysed frames a second. */
    private static final int CAPACITY = 4;

    private EmbeddedProcessor() {}

    static StreamProcessorServer start(ConfigurableApplicationContext functions, LocalStackSettings settings) throws IOException {
        var processor = new ProcessorSettings("127.0.0.1", settings.processorPort(), URI.create("http://127.0.0.1:" + settings.gatewayPort()),
                URI.create("http://127.0.0.1:" + settings.inferencePort()), LocalStack.RESOURCE_PREFIX,
                Duration.ofSeconds(settings.streamLeaseSeconds()), CAPACITY, true);
        return StreamProcessorServer.start(processor, functions.getBean(DynamoDbClient.class),
                functions.getBean(LunaSettings.class).auth().secretKey(), Clock.systemUTC());
    }
}
