package org.openluna.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import org.openluna.functions.LunaApplication;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.service.InferenceServer;
import org.openluna.inference.service.InferenceSettings;
import org.openluna.matcher.service.MatcherSettings;
import org.openluna.sender.SenderServer;
import org.openluna.shared.queues.QueueNames;
import org.openluna.streams.processor.StreamProcessorServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform on one machine: the emulators (unless an AWS endpoint is given), the inference
 * service on port 5200, the matcher service on port 5300 (loaded from the faces table before the
 * gateway opens), then every function behind the local gateway on port 5000, the Sender's
 * websocket on port 5080, and the stream processor on port 5400. One command starts it; a restart keeps the data, and the matcher loads it again.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** The functions and the matcher must name the same tables, and reach them in the same region. */
    static final String RESOURCE_PREFIX = "luna-";
    private static final String REGION = "us-east-1";

    private final Emulators emulators;
    private final InferenceServer inference;
    private final ConfigurableApplicationContext functions;
    private final int gatewayPort;
    private final SenderServer sender;
    private final LocalWorkers workers;
    private final StreamProcessorServer processor;

    private LocalStack(Emulators emulators, InferenceServer inference, ConfigurableApplicationContext functions,
                       SenderServer sender, LocalWorkers workers, StreamProcessorServer processor, int gatewayPort) {
        this.emulators = emulators;
        this.inference = inference;
        this.functions = functions;
        this.sender = sender;
        this.workers = workers;
        this.processor = processor;
        this.gatewayPort = gatewayPort;
    }

    public static void main(String[] args) throws Exception {
        var stack = start(LocalStackSettings.fromArgs(args));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stack.close();
            } catch (Exception e) {
                log.warn("stopping the local stack failed", e);
            }
        }, "local-stack-shutdown"));
        log.info("the platform answers on http://127.0.0.1:{}/6", stack.gatewayPort);
    }

    static LocalStack start(LocalStackSettings settings) throws Exception {
        EmbeddedMatcher.requireVectorModule();
        Files.createDirectories(settings.dataDir());
        Emulators emulators = null;
        InferenceServer inference = null;
        var properties = new HashMap<String, Object>();
        String dynamoEndpoint;
        if (settings.awsEndpoint() != null) {
            properties.put("luna.aws.endpoint", settings.awsEndpoint());
            dynamoEndpoint = settings.awsEndpoint();
        } else {
            emulators = Emulators.start(settings.dataDir(), settings.emulatorPorts());
            var ports = emulators.ports();
            dynamoEndpoint = "http://127.0.0.1:" + ports.dynamodb();
            properties.put("luna.aws.dynamodb-endpoint", dynamoEndpoint);
            properties.put("luna.aws.s3-endpoint", "http://127.0.0.1:" + ports.s3());
            properties.put("luna.aws.sqs-endpoint", "http://127.0.0.1:" + ports.sqs());
        }
        // the emulators take any key; LocalStack takes these too
        properties.put("luna.aws.access-key", "local");
        properties.put("luna.aws.secret-key", "local");
        properties.put("luna.provision-resources", "true");
        properties.put("luna.auth.token-secret", tokenSecret(settings.dataDir()));
        properties.put("luna.auth.bootstrap-admin-login", settings.adminLogin());
        properties.put("luna.auth.bootstrap-admin-password", settings.adminPassword());
        // the bare header proves no secret: off unless the one starting the platform asks for it (ADR 0016)
        properties.put("luna.auth.account-id-header-alone", Boolean.toString(settings.accountIdHeaderAlone()));
        properties.put("luna.gateway.request-timeout-seconds", Integer.toString(settings.requestTimeoutSeconds()));
        properties.put("luna.gateway.websocket-recheck-seconds", Integer.toString(settings.websocketRecheckSeconds()));
        properties.put("luna.tasks.worker-seconds", Integer.toString(settings.taskWorkerSeconds()));
        properties.put("luna.tasks.inline-result-bytes", Long.toString(settings.inlineResultBytes()));
        // callback receivers on one machine live on loopback or the LAN; the platform's own ports stay closed to them
        properties.put("luna.callbacks.private-networks", "true");
        // one machine's streams may be files on it; a deployment's never are (ADR 0024)
        properties.put("luna.streams.local-files", "true");
        properties.put("server.port", Integer.toString(settings.gatewayPort()));
        properties.put("luna.services.inference-url", "http://127.0.0.1:" + settings.inferencePort());
        properties.put("luna.services.sender-url", EmbeddedSender.url(settings.senderPort()));
        properties.put("luna.services.matcher-url", "http://127.0.0.1:" + settings.matcherPort());
        if (settings.processorPort() != 0) {
            properties.put("luna.services.stream-processor-url", "http://127.0.0.1:" + settings.processorPort());
        }
        properties.put("luna.resource-prefix", RESOURCE_PREFIX);
        properties.put("luna.aws.region", REGION);
        var matcher = new EmbeddedMatcher(MatcherSettings.defaults(settings.matcherPort(), RESOURCE_PREFIX), URI.create(dynamoEndpoint), REGION);
        try {
            // the models load first: a missing or altered model stops the start with the cache's message
            inference = InferenceServer.start(AssetCache.fromEnvironment(), inferenceSettings(settings));
            // as command-line arguments they outrank application.properties, as the launcher's choices must
            var args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            var application = new SpringApplication(LunaApplication.class);
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("embeddedMatcher", matcher));
            var context = application.run(args);
            SenderServer sender;
            LocalWorkers workers;
            StreamProcessorServer processor;
            try {
                sender = EmbeddedSender.start(context, settings.senderPort());
                // the queues exist now: the functions' start-up made them
                workers = settings.runsWorkers()
                        ? LocalWorkers.start(properties, context.getBean(LunaSettings.class).aws().clients(), context.getBean(QueueNames.class))
                        : LocalWorkers.none();
                processor = settings.processorPort() == 0 ? null : EmbeddedProcessor.start(context, settings);
            } catch (InterruptedException | IOException | RuntimeException e) {
                context.close();
                throw e;
            }
            return new LocalStack(emulators, inference, context, sender, workers, processor, settings.gatewayPort());
        } catch (InterruptedException | RuntimeException e) {
            if (inference != null) {
                inference.close();
            }
            if (emulators != null) {
                emulators.close();
            }
            throw e;
        }
    }

    /** The service's own options from {@code LUNA_INFERENCE_OPTIONS} (as {@code --batching=off --max-batch=8}); the port is the launcher's. */
    private static InferenceSettings inferenceSettings(LocalStackSettings settings) {
        var options = new ArrayList<String>();
        var given = System.getenv("LUNA_INFERENCE_OPTIONS");
        if (given != null && !given.isBlank()) {
            options.addAll(List.of(given.trim().split("\\s+")));
        }
        options.add("--port=" + settings.inferencePort());
        return InferenceSettings.fromOptions(options.toArray(String[]::new));
    }

    /** One secret per data folder, made at first start, so tokens stay valid across restarts and differ between machines. */
    private static String tokenSecret(Path dataDir) throws IOException {
        var file = dataDir.resolve("token-secret");
        if (!Files.exists(file)) {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(file, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }

    public int gatewayPort() {
        return gatewayPort;
    }

    <T> T bean(Class<T> type) {
        return functions.getBean(type);
    }

    /** Every bean of a type by name, for tests that build a second gateway over the same functions. */
    <T> java.util.Map<String, T> beans(Class<T> type) {
        return functions.getBeansOfType(type);
    }

    @Override
    public void close() throws Exception {
        try {
            // before the functions: they read with their SQS client, and the processor posts to them
            try {
                if (processor != null) {
                    processor.close();
                }
                workers.close();
            } finally {
                sender.close();
            }
        } finally {
            closeFunctionsAndServices();
        }
    }

    private void closeFunctionsAndServices() throws Exception {
        try {
            functions.close();
        } finally {
            try {
                inference.close();
            } finally {
                if (emulators != null) {
                    emulators.close();
                }
            }
        }
    }

}
