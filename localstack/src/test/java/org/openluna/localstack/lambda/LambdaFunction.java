package org.openluna.localstack.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One function started in a fresh JVM as AWS Lambda starts a Java function: the runtime interface
 * client as the main class with the handler as its argument, the task folder as the working
 * directory, Lambda's reserved environment variables, and a {@link RuntimeApi} of its own.
 */
public final class LambdaFunction implements AutoCloseable {
    /** Spring Cloud Function's generic handler: the one every group's function names. */
    public static final String SPRING_HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    private static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final String name;
    private final RuntimeApi api;
    private final Process process;
    private final long startedAt;
    private final Path log;

    private LambdaFunction(String name, RuntimeApi api, Process process, long startedAt, Path log) {
        this.name = name;
        this.api = api;
        this.process = process;
        this.startedAt = startedAt;
        this.log = log;
    }

    /**
     * @param taskRoot the function's code as Lambda unpacks it ({@link TaskRoot#get()} for the platform's)
     * @param environment the function's own variables (what Terraform sets on it)
     */
    public static LambdaFunction start(String name, Path taskRoot, String handler, int memoryMb, Map<String, String> environment)
            throws IOException {
        var api = new RuntimeApi(name);
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the heap Lambda's Java runtime gives a function of this size, its serial collector and C1-only JIT
        command.add("-XX:MaxHeapSize=" + (memoryMb * 85 / 100) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(TaskRoot.runtimeClientClasspath());
        command.add(RUNTIME_MAIN);
        command.add(handler);

        var builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        var env = builder.environment();
        env.clear();
        env.putAll(lambdaEnvironment(name, handler, memoryMb, api.address(), taskRoot));
        env.putAll(environment);
        var log = Files.createTempFile("lambda-" + name + "-", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long startedAt = System.nanoTime();
        return new LambdaFunction(name, api, builder.start(), startedAt, log);
    }

    /** The variables Lambda sets on every function (the reserved ones), as for a function of this name and memory. */
    private static Map<String, String> lambdaEnvironment(String name, String handler, int memoryMb, String runtimeApi, Path taskRoot) {
        var env = new LinkedHashMap<String, String>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_NAME", name);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/06/[$LATEST]0123456789abcdef");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("LAMBDA_RUNTIME_DIR", taskRoot.toString());
        env.put("_HANDLER", handler);
        return env;
    }

    /** Waits for the function's init to end: its first request for work. */
    public Duration awaitInit(Duration timeout) throws Exception {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!api.initDone().isDone()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during init:\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not finish its init in " + timeout + ":\n" + tail());
            }
            Thread.sleep(20);
        }
        try {
            return Duration.ofNanos(api.initDone().get() - startedAt);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(name + ": " + e.getCause().getMessage() + "\n" + tail(), e);
        }
    }

    /**
     * Hands the function one event and waits for its answer. A function whose runtime loop died (the
     * process lives on with Spring's threads) fails at once instead of at the timeout.
     */
    public RuntimeApi.Outcome invoke(String event, Duration timeout) throws Exception {
        var pending = api.submit(event);
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return pending.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (!process.isAlive() || tail().contains("Exception in thread \"main\"")) {
                    throw new IllegalStateException(name + " stopped serving:\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " did not answer in " + timeout + ":\n" + tail(), e);
                }
            }
        }
    }

    /** The most memory the process has held (its peak resident set, as Lambda's "Max Memory Used"), in MiB. */
    public long maxMemoryMib() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for process " + process.pid());
    }

    public String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        api.close();
        Files.deleteIfExists(log);
    }
}
