package org.openluna.localstack.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * AWS Lambda's Runtime API (version 2018-06-01, as AWS publishes it), served to one function process:
 * {@code GET invocation/next} hands out the next event, {@code POST invocation/{id}/response} and
 * {@code /error} answer it, {@code POST init/error} reports a failed start. It notes when the function
 * first asks for work: that is the end of its init.
 */
public final class RuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";

    /** What the function answered: its response body, or the error it reported (the body is then the error document). */
    public record Outcome(boolean isError, String body) {}

    private record Invocation(String requestId, String event, CompletableFuture<Outcome> outcome) {}

    private final HttpServer server;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> running = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> initDone = new CompletableFuture<>();
    private final String functionArn;

    public RuntimeApi(String functionName) throws IOException {
        this.functionArn = "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::serve);
        // a function's next-invocation call waits for work while others are answered
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** When the function finished its init ({@link System#nanoTime()}), or an error if it reported one or died first. */
    public CompletableFuture<Long> initDone() {
        return initDone;
    }

    /** Queues one event for the function's next request for work; its answer completes the future. */
    public CompletableFuture<Outcome> submit(String event) {
        var invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
        pending.add(invocation);
        return invocation.outcome();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            var method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                initDone.completeExceptionally(new IllegalStateException("init error: " + body(exchange)));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("POST") && path.startsWith("invocation/")) {
                answer(exchange, path.substring("invocation/".length()));
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown runtime path\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        initDone.complete(System.nanoTime());
        Invocation invocation;
        try {
            invocation = pending.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        running.put(invocation.requestId(), invocation);
        var headers = exchange.getResponseHeaders();
        headers.add("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
        headers.add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0");
        headers.add("Content-Type", "application/json");
        reply(exchange, 200, invocation.event());
    }

    private void answer(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        var invocation = slash < 0 ? null : running.remove(rest.substring(0, slash));
        if (invocation == null) {
            reply(exchange, 400, "{\"errorMessage\":\"unknown request id\",\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        var kind = rest.substring(slash + 1);
        invocation.outcome().complete(new Outcome(kind.equals("error"), body(exchange)));
        reply(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
