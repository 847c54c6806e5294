package org.openluna.streams.processor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.video.VideoClient;
import org.openluna.shared.api.Json;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.aws.AwsSettings;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.streams.StreamCredentials;
import org.openluna.shared.tables.StreamLogsTable;
import org.openluna.shared.tables.StreamsTable;
import org.openluna.shared.tables.TableNames;
import org.openluna.shared.tables.TokensTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stream processor service (ADR 0024): a {@link StreamProcessor} and a small HTTP face for the
 * load balancer and operators, {@code GET /1/health} and {@code GET /1/status} (its id, the agent id
 * {@code GET /6/streams?agent_id=} filters by, and the streams it runs), and the clips of
 * {@code /6/videosdk} ({@code POST /1/clip}, msgpack as the other services speak). Alone, it runs as
 * {@code java -cp ... org.openluna.streams.processor.StreamProcessorServer --port=5400 ...}, with AWS
 * credentials from the SDK's default chain and the platform's token secret in
 * {@code LUNA_AUTH_TOKEN_SECRET}, by which it signs the tokens its streams send events with.
 */
public final class StreamProcessorServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamProcessorServer.class);
    private static final Duration INFERENCE_TIMEOUT = Duration.ofSeconds(60);

    private final StreamProcessor processor;
    private final HttpServer server;

    private StreamProcessorServer(StreamProcessor processor, HttpServer server) {
        this.processor = processor;
        this.server = server;
    }

    public static void main(String[] args) throws IOException {
        var settings = ProcessorSettings.fromArgs(args);
        var secret = System.getenv("LUNA_AUTH_TOKEN_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("LUNA_AUTH_TOKEN_SECRET is not set: the processor signs its streams' tokens with it");
        }
        var aws = new AwsSettings(System.getenv().getOrDefault("AWS_REGION", "us-east-1"), System.getenv("LUNA_AWS_ENDPOINT"), null, null,
                null, null, null);
        var server = start(settings, aws.dynamoDbClient(), secret.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stream-processor-shutdown"));
    }

    public static StreamProcessorServer start(ProcessorSettings settings, DynamoDbClient dynamo, byte[] tokenSecret, Clock clock)
            throws IOException {
        var names = new TableNames(settings.tablePrefix());
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var streams = new StreamsTable(dynamo, names);
        var sources = new ReferenceCheck(new CallbackTargets(settings.privateNetworks(), List.of(settings.api(), settings.inference(),
                URI.create("http://" + settings.host() + ":" + settings.port()))));
        var context = new RunContext(streams, new StreamLogsTable(dynamo, names),
                new FrameFaces(new InferenceClient(http, settings.inference(), INFERENCE_TIMEOUT)), new EventSender(http, settings.api()),
                sources, clock);
        var processor = new StreamProcessor(streams, new StreamCredentials(new TokensTable(dynamo, names), new TokenSigner(tokenSecret), clock),
                context, settings.lease(), settings.capacity());
        var server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
        server.createContext("/1/health", exchange -> answer(exchange, Map.of("status", "ok")));
        server.createContext("/1/status", exchange -> answer(exchange,
                Map.of("processor_id", processor.processorId(), "streams", processor.running())));
        server.createContext(VideoClient.CLIP, new ClipEndpoint(new ClipAnalysis(context.faces(), sources)));
        // a clip holds its request for as long as it is analysed; the streams have threads of their own
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        processor.start(settings.poll());
        log.info("stream processor {} listens on {}:{}", processor.processorId(), settings.host(), server.getAddress().getPort());
        return new StreamProcessorServer(processor, server);
    }

    private static void answer(HttpExchange exchange, Object value) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            var body = Json.write(value);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public StreamProcessor processor() {
        return processor;
    }

    @Override
    public void close() {
        processor.close();
        server.stop(0);
    }
}
