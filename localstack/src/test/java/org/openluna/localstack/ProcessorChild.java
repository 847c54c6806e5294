package org.openluna.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.openluna.shared.api.Json;
import org.openluna.shared.aws.AwsSettings;
import org.openluna.streams.processor.ProcessorSettings;
import org.openluna.streams.processor.StreamProcessorServer;

/**
 * A stream processor in a process of its own beside a {@link ChildStack}, as a deployment runs several
 * on machines of their own, for tests that kill one (SIGKILL) and watch another take its streams up.
 */
final class ProcessorChild implements AutoCloseable {
    private static final String READY = "stream processor answers on port ";

    private final Process process;
    private final int port;

    private ProcessorChild(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The child's entry: args are the stack's gateway, DynamoDB and inference ports and its data folder. */
    public static void main(String[] args) throws Exception {
        var dynamo = new AwsSettings("us-east-1", null, "http://127.0.0.1:" + args[1], null, null, "local", "local").dynamoDbClient();
        var settings = new ProcessorSettings("127.0.0.1", FreePorts.next(), URI.create("http://127.0.0.1:" + args[0]),
                URI.create("http://127.0.0.1:" + args[2]), LocalStack.RESOURCE_PREFIX, Duration.ofSeconds(FreePorts.TEST_STREAM_LEASE_SECONDS), 2,
                true);
        var secret = Files.readString(Path.of(args[3]).resolve("token-secret"), StandardCharsets.US_ASCII).trim();
        var server = StreamProcessorServer.start(settings, dynamo, secret.getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        System.out.println(READY + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }

    static ProcessorChild start(ChildStack stack, Path dataDir) throws IOException, InterruptedException {
        var process = ChildStack.launch(ProcessorChild.class, Integer.toString(stack.gatewayPort()), Integer.toString(stack.dynamodbPort()),
                Integer.toString(stack.inferencePort()), dataDir.toString());
        return new ProcessorChild(process, Integer.parseInt(ChildStack.awaitLine(process, READY, Duration.ofSeconds(60), "a stream processor")));
    }

    /** The streams it runs now, from its {@code GET /1/status}. */
    List<String> running() throws IOException, InterruptedException {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/1/status")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var streams = new java.util.ArrayList<String>();
        Json.tree(answer.body()).get("streams").forEach(id -> streams.add(id.asString()));
        return streams;
    }

    /** SIGKILL: its leases are neither renewed nor given back. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
