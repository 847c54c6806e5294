package org.openluna.localstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.localstack.lambda.BareFunctionApplication;
import org.openluna.localstack.lambda.HttpApiEvents;
import org.openluna.localstack.lambda.LambdaFunction;
import org.openluna.localstack.lambda.TaskRoot;

/**
 * Cold starts of every group's function, of the whole API in one function, of a bare Spring Cloud
 * Function on the same libraries (the floor) and of the queues' Micronaut workers, each started as
 * Lambda starts it: init (process start
 * to its first request for work), the first request, and the most memory held. See
 * docs/benchmarks/cold-start.md.
 */
public final class ColdStartBenchmark {
    private static final int ROUNDS = 3;

    record Sample(long initMs, long firstRequestMs, long memoryMib) {}

    public static void main(String[] args) throws Exception {
        var dataDir = Files.createTempDirectory("luna-bench-");
        var settings = FreePorts.settingsFor(dataDir);
        try (var stack = LocalStack.start(settings)) {
            var started = new RunningStack.Started(stack, dataDir, settings);
            var account = new Api(stack.gatewayPort()).newAccount("user");
            var auth = Api.basicHeader(account.login(), account.password());
            var floorRoot = TaskRoot.withClasses("bare-function", BareFunctionApplication.class);

            var lines = new LinkedHashMap<String, List<Sample>>();
            for (int round = 0; round < ROUNDS; round++) {
                var floorEnv = Map.of("MAIN_CLASS", BareFunctionApplication.class.getName(), "SPRING_CLOUD_FUNCTION_DEFINITION", "apiGateway");
                try (var floor = LambdaFunction.start("bare", floorRoot, LambdaFunction.SPRING_HANDLER, StackFunctions.MEMORY_MB, floorEnv)) {
                    lines.computeIfAbsent("floor: bare Spring Cloud Function", k -> new ArrayList<>())
                            .add(measure(floor, HttpApiEvents.event("GET", "/", "", Map.of(), null)));
                }
                for (var group : FunctionGroup.values()) {
                    try (var function = StackFunctions.start(started, group.functionName())) {
                        lines.computeIfAbsent(group.functionName(), k -> new ArrayList<>()).add(measure(function, firstRequest(group, auth)));
                    }
                }
                try (var whole = StackFunctions.start(started, "all")) {
                    lines.computeIfAbsent("all groups in one function", k -> new ArrayList<>())
                            .add(measure(whole, firstRequest(FunctionGroup.FACES, auth)));
                }
                for (var worker : List.of("EventWritesFunction", "CallbacksFunction")) {
                    try (var function = LambdaFunction.start(worker, TaskRoot.workers(), "org.openluna.workers." + worker, 512,
                            workerEnvironment(started))) {
                        // an empty batch: the handler's context and beans, no work
                        lines.computeIfAbsent("worker (Micronaut, 512 MB): " + worker, k -> new ArrayList<>())
                                .add(measure(function, "{\"Records\":[]}"));
                    }
                }
            }
            System.out.printf("| function | init ms | first request ms | max memory MiB |%n|---|---|---|---|%n");
            lines.forEach((name, samples) -> System.out.printf("| %s | %d | %d | %d |%n", name,
                    median(samples, Sample::initMs), median(samples, Sample::firstRequestMs), median(samples, Sample::memoryMib)));
        }
    }

    private static Map<String, String> workerEnvironment(RunningStack.Started started) throws java.io.IOException {
        var env = new java.util.LinkedHashMap<String, String>();
        StackFunctions.properties(started, "all").forEach((name, value) -> env.put(StackFunctions.environmentName(name), value));
        return env;
    }

    /** The group's first route, with credentials, for an id no one has: authentication, routing and the function itself. */
    private static String firstRequest(FunctionGroup group, String auth) {
        var route = RouteTable.routes().stream().filter(r -> r.group() == group).findFirst().orElseThrow();
        var path = route.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        return HttpApiEvents.event(route.method(), path, "", Map.of("authorization", auth), null);
    }

    private static Sample measure(LambdaFunction function, String event) throws Exception {
        var init = function.awaitInit(StackFunctions.INIT_TIMEOUT);
        long before = System.nanoTime();
        var outcome = function.invoke(event, Duration.ofSeconds(60));
        long firstRequest = (System.nanoTime() - before) / 1_000_000;
        if (outcome.isError()) {
            throw new IllegalStateException("the first request failed: " + outcome.body());
        }
        return new Sample(init.toMillis(), firstRequest, function.maxMemoryMib());
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> field) {
        var values = samples.stream().mapToLong(field).sorted().toArray();
        return values[values.length / 2];
    }
}
