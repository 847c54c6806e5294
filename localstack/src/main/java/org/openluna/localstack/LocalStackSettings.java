package org.openluna.localstack;

import java.nio.file.Path;
import org.openluna.sender.SenderSettings;
import org.openluna.functions.tasks.TaskResults;
import org.openluna.shared.queues.QueueNames;
import org.openluna.streams.processor.ProcessorSettings;

/**
 * How the local stack starts.
 *
 * @param awsEndpoint null to start the emulators; otherwise the endpoint of LocalStack or AWS, and no emulator starts
 * @param accountIdHeaderAlone whether the deprecated bare {@code Luna-Account-Id} header authenticates (off unless asked; ADR 0016)
 * @param requestTimeoutSeconds how long the gateway waits for a request's head and body before answering 37002
 * @param websocketRecheckSeconds how often an open {@code /6/ws} checks that its credential still holds
 * @param runsWorkers whether the queues' functions run here; without them callbacks and buffered events wait in their queues
 * @param taskWorkerSeconds the task functions' time limit: a subtask whose worker died is given again after twice this
 * @param inlineResultBytes the largest task result answered in the body; a larger one answers with a link (ADR 0020)
 * @param processorPort the stream processor's port; 0 runs none here, for processors that run elsewhere (ADR 0024)
 * @param streamLeaseSeconds how long a stream stays its processor's without a renewal; another takes it up after
 */
public record LocalStackSettings(Path dataDir, int gatewayPort, Emulators.Ports emulatorPorts, String awsEndpoint,
                          String adminLogin, String adminPassword, int inferencePort, int matcherPort,
                          int senderPort, boolean accountIdHeaderAlone, int requestTimeoutSeconds,
                          int websocketRecheckSeconds, boolean runsWorkers, int taskWorkerSeconds, long inlineResultBytes,
                          int processorPort, int streamLeaseSeconds) {

    static final String DEFAULT_ADMIN_LOGIN = "luna@visionlabs.ru";
    static final String DEFAULT_ADMIN_PASSWORD = "luna";
    /** The seed's 60 seconds (l.75). */
    static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
    static final int DEFAULT_WEBSOCKET_RECHECK_SECONDS = 30;

    static LocalStackSettings fromArgs(String[] args) {
        Path dataDir = Path.of(env("LUNA_DATA_DIR", ".data"));
        int port = Integer.parseInt(env("LUNA_PORT", "5000"));
        String endpoint = System.getenv("LUNA_AWS_ENDPOINT");
        boolean accountIdHeaderAlone = env("LUNA_ACCOUNT_ID_HEADER_ALONE", "0").equals("1");
        int requestTimeout = Integer.parseInt(env("LUNA_REQUEST_TIMEOUT_SECONDS", Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS)));
        boolean runsWorkers = !env("LUNA_WORKERS", "1").equals("0");
        int taskWorkerSeconds = Integer.parseInt(env("LUNA_TASK_WORKER_SECONDS", Integer.toString(QueueNames.TASK_WORKER_SECONDS)));
        long inlineResultBytes = Long.parseLong(env("LUNA_INLINE_RESULT_BYTES", Long.toString(TaskResults.INLINE_BYTES)));
        int processorPort = env("LUNA_STREAM_PROCESSOR", "1").equals("0") ? 0 : ProcessorSettings.DEFAULT_PORT;
        int streamLeaseSeconds = Integer.parseInt(env("LUNA_STREAM_LEASE_SECONDS", Long.toString(ProcessorSettings.DEFAULT_LEASE.toSeconds())));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--aws-endpoint" -> endpoint = args[++i];
                case "--account-id-header-alone" -> accountIdHeaderAlone = true;
                case "--request-timeout-seconds" -> requestTimeout = Integer.parseInt(args[++i]);
                case "--without-workers" -> runsWorkers = false;
                case "--task-worker-seconds" -> taskWorkerSeconds = Integer.parseInt(args[++i]);
                case "--inline-result-bytes" -> inlineResultBytes = Long.parseLong(args[++i]);
                case "--without-stream-processor" -> processorPort = 0;
                case "--stream-lease-seconds" -> streamLeaseSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--data-dir DIR] [--port 5000] [--aws-endpoint URL] [--account-id-header-alone]"
                        + " [--request-timeout-seconds 60] [--without-workers] [--task-worker-seconds 300] [--inline-result-bytes 4194304]"
                        + " [--without-stream-processor] [--stream-lease-seconds 15]");
            }
        }
        return new LocalStackSettings(dataDir, port, new Emulators.Ports(5100, 5101, 5102), endpoint,
                env("LUNA_ADMIN_LOGIN", DEFAULT_ADMIN_LOGIN), env("LUNA_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD), 5200, 5300,
                SenderSettings.DEFAULT_PORT, accountIdHeaderAlone, requestTimeout, DEFAULT_WEBSOCKET_RECHECK_SECONDS, runsWorkers,
                taskWorkerSeconds, inlineResultBytes, processorPort, streamLeaseSeconds);
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
