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

    private ChildStack(Process process, int gatewayPort) {
        this.process = process;
        this.gatewayPort = gatewayPort;
    }

    /** The child's entry: start the stack, say where it answers, and wait to be killed. */
    public static void main(String[] args) throws Exception {
        var settings = FreePorts.settingsFor(Path.of(args[0]), Boolean.parseBoolean(args[1]), Integer.parseInt(args[2]));
        LocalStack.start(settings);
        System.out.println(READY + settings.gatewayPort());
        System.out.flush();
        Thread.currentThread().join();
    }

    static ChildStack start(Path dataDir, boolean runsWorkers, Duration timeout) throws IOException, InterruptedException {
        return start(dataDir, runsWorkers, org.openluna.shared.queues.QueueNames.TASK_WORKER_SECONDS, timeout);
    }

    /** @param taskWorkerSeconds the task functions' time limit, which a subtask taken by a killed worker waits twice */
    static ChildStack start(Path dataDir, boolean runsWorkers, int taskWorkerSeconds, Duration timeout)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildStack.class.getName());
        command.add(dataDir.toString());
        command.add(Boolean.toString(runsWorkers));
        command.add(Integer.toString(taskWorkerSeconds));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var deadline = System.nanoTime() + timeout.toNanos();
        var seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(READY)) {
                var child = new ChildStack(process, Integer.parseInt(line.substring(READY.length()).trim()));
                // keep reading, or a full pipe would block the child's logging
                Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
                return child;
            }
            seen.append(line).append('\n');
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the child stack did not start:\n" + seen);
    }

    int gatewayPort() {
        return gatewayPort;
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
