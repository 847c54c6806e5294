package org.openluna.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The launcher in a process of its own, on free ports and a given data folder, for tests that kill it
 * (SIGKILL: no shutdown hook runs) and start it again on the same data.
 */
final class ChildStack implements AutoCloseable {
    private static final String READY = "child stack answers on port ";

    private final Process process;
    private final int gatewayPort;
    private final int dynamodbPort;
    private final int inferencePort;

    private ChildStack(Process process, int gatewayPort, int dynamodbPort, int inferencePort) {
        this.process = process;
        this.gatewayPort = gatewayPort;
        this.dynamodbPort = dynamodbPort;
        this.inferencePort = inferencePort;
    }

    /** The child's entry: start the stack, say where it answers, and wait to be killed. */
    public static void main(String[] args) throws Exception {
        var settings = FreePorts.settingsFor(Path.of(args[0]), Boolean.parseBoolean(args[1]), Integer.parseInt(args[2]),
                Boolean.parseBoolean(args[3]));
        LocalStack.start(settings);
        System.out.println(READY + settings.gatewayPort() + " " + settings.emulatorPorts().dynamodb() + " " + settings.inferencePort());
        System.out.flush();
        Thread.currentThread().join();
    }

    static ChildStack start(Path dataDir, boolean runsWorkers, Duration timeout) throws IOException, InterruptedException {
        return start(dataDir, runsWorkers, org.openluna.shared.queues.QueueNames.TASK_WORKER_SECONDS, timeout);
    }

    /** @param taskWorkerSeconds the task functions' time limit, which a subtask taken by a killed worker waits twice */
    static ChildStack start(Path dataDir, boolean runsWorkers, int taskWorkerSeconds, Duration timeout)
            throws IOException, InterruptedException {
        return start(dataDir, runsWorkers, taskWorkerSeconds, true, timeout);
    }

    /** A stack whose streams are left to stream processors started beside it ({@link ProcessorChild}). */
    static ChildStack withoutStreamProcessor(Path dataDir, Duration timeout) throws IOException, InterruptedException {
        return start(dataDir, true, org.openluna.shared.queues.QueueNames.TASK_WORKER_SECONDS, false, timeout);
    }

    private static ChildStack start(Path dataDir, boolean runsWorkers, int taskWorkerSeconds, boolean runsStreamProcessor, Duration timeout)
            throws IOException, InterruptedException {
        var process = launch(ChildStack.class, dataDir.toString(), Boolean.toString(runsWorkers), Integer.toString(taskWorkerSeconds),
                Boolean.toString(runsStreamProcessor));
        var ports = awaitLine(process, READY, timeout, "the child stack").split(" ");
        return new ChildStack(process, Integer.parseInt(ports[0]), Integer.parseInt(ports[1]), Integer.parseInt(ports[2]));
    }

    /** A JVM of its own running {@code main} on the tests' class path. */
    static Process launch(Class<?> main, String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** What follows {@code ready} on the line the child prints when it has started; the child is killed if it does not. */
    static String awaitLine(Process process, String ready, Duration timeout, String what) throws IOException, InterruptedException {
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var deadline = System.nanoTime() + timeout.toNanos();
        var seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(ready)) {
                // keep reading, or a full pipe would block the child's logging
                Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
                return line.substring(ready.length()).trim();
            }
            seen.append(line).append('\n');
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(what + " did not start:\n" + seen);
    }

    int gatewayPort() {
        return gatewayPort;
    }

    int dynamodbPort() {
        return dynamodbPort;
    }

    int inferencePort() {
        return inferencePort;
    }

    /** SIGKILL, as a crash or the OOM killer would end it: nothing of it runs after. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
