package org.openluna.localstack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.openluna.shared.auth.PasswordHasher;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A benchmark, not a test: starts the local stack and measures requests through the gateway at 1
 * and 4 concurrent clients, with two baselines in the same run: one bare DynamoDB Local GetItem (the
 * floor of any authenticated request, which reads at least one item) and one bcrypt check at the
 * platform's cost (what every Basic request would pay without the verified-password cache).
 * Run with {@code scripts/bench-gateway.sh}; figures go to docs/benchmarks/gateway.md.
 */
public final class GatewayBenchmark {
    private static final int REQUESTS = 2000;

    public static void main(String[] args) throws Exception {
        var dataDir = Files.createTempDirectory("luna-bench-");
        var settings = FreePorts.settingsFor(dataDir);
        try (var stack = LocalStack.start(settings)) {
            var api = new Api(stack.gatewayPort());
            var account = api.newAccount("user");
            var jwt = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("account", List.of("view"),
                    "image", List.of("creation", "view")), "expiration_time", "2999-01-01T00:00:00Z")).text("token");
            var bearer = api.bearer(jwt);
            var image = TestImages.jpeg();
            var imageId = account.api().post("/6/images", "image/jpeg", image).text("image_id");

            System.out.printf("| what | clients | requests/s | p50 ms | p99 ms |%n|---|---|---|---|---|%n");
            for (int clients : new int[] {1, 4}) {
                run("baseline: DynamoDB Local GetItem, SDK direct", clients, dynamoGetItem(settings));
                run("GET /6/healthcheck (public, 6 store probes)", clients, () -> api.get("/6/healthcheck").status());
                run("GET /6/account, Basic", clients, () -> account.api().get("/6/account").status());
                run("GET /6/account, Bearer", clients, () -> bearer.get("/6/account").status());
                run("POST /6/images 112x112 JPEG, Bearer", clients, () -> bearer.post("/6/images", "image/jpeg", image).status());
                run("GET /6/images/{id}, Bearer", clients, () -> bearer.get("/6/images/" + imageId).status());
            }
            var hasher = new PasswordHasher(10);
            var hash = hasher.hash("benchmark-password");
            run("baseline: one bcrypt check at cost 10", 1, () -> hasher.matches("benchmark-password", hash) ? 200 : 500, 50);
        }
    }

    private static Callable<Integer> dynamoGetItem(LocalStackSettings settings) {
        var dynamo = DynamoDbClient.builder().region(Region.US_EAST_1)
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + settings.emulatorPorts().dynamodb()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        var key = Map.of("pk", AttributeValue.fromS("login#" + Api.ADMIN_LOGIN));
        return () -> dynamo.getItem(b -> b.tableName("luna-accounts").key(key)).hasItem() ? 200 : 500;
    }

    private static void run(String what, int clients, Callable<Integer> call) throws Exception {
        run(what, clients, call, REQUESTS);
    }

    private static void run(String what, int clients, Callable<Integer> call, int requests) throws Exception {
        for (int i = 0; i < Math.min(200, requests); i++) {
            call.call();
        }
        var latencies = new long[requests];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var workers = new ArrayList<java.util.concurrent.Future<?>>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        int status = call.call();
                        latencies[i] = System.nanoTime() - t;
                        if (status >= 300) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("| %s | %d | %.0f | %.2f | %.2f |%s%n", what, clients, requests / seconds,
                latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6,
                failures.get() > 0 ? " " + failures.get() + " failed" : "");
    }
}
