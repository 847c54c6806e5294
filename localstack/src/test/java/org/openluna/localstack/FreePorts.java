package org.openluna.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nobody listens on right now, for a stack started by a test. */
final class FreePorts {
    /** Short, so the slow-client tests wait seconds, not the seed's minute; long enough for any upload a test makes. */
    static final int TEST_REQUEST_TIMEOUT_SECONDS = 4;
    /** Short, so a test sees a socket close soon after its token is deleted. */
    static final int TEST_WEBSOCKET_RECHECK_SECONDS = 1;
    private FreePorts() {}

    /**
     * A port below Linux's ephemeral range (32768 and up): a port the kernel handed out would be free now
     * and might still be taken, before the stack binds it, by one of the stack's own outgoing connections.
     */
    static int next() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = LOWEST + RANDOM.nextInt(HIGHEST - LOWEST);
            if (!GIVEN.add(port)) {
                continue; // handed out before, perhaps not bound yet
            }
            try (var socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another stack's, or a service's: try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port in " + LOWEST + "-" + HIGHEST));
    }

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;
    private static final java.util.Random RANDOM = new java.security.SecureRandom();
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Small enough that an export with images answers with a link, as a large one does on AWS (TaskArchivesTest). */
    static final long TEST_INLINE_RESULT_BYTES = 32 << 10;
    /** A killed stream processor's streams are taken up by another after this. */
    static final int TEST_STREAM_LEASE_SECONDS = 3;

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir) {
        return settingsFor(dataDir, true);
    }

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir, boolean runsWorkers) {
        return settingsFor(dataDir, runsWorkers, org.openluna.shared.queues.QueueNames.TASK_WORKER_SECONDS);
    }

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir, boolean runsWorkers, int taskWorkerSeconds) {
        return settingsFor(dataDir, runsWorkers, taskWorkerSeconds, true);
    }

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir, boolean runsWorkers, int taskWorkerSeconds, boolean runsStreamProcessor) {
        return new LocalStackSettings(dataDir, next(), new Emulators.Ports(next(), next(), next()),
                null, LocalStackSettings.DEFAULT_ADMIN_LOGIN, LocalStackSettings.DEFAULT_ADMIN_PASSWORD, next(), next(),
                next(), false, TEST_REQUEST_TIMEOUT_SECONDS, TEST_WEBSOCKET_RECHECK_SECONDS, runsWorkers, taskWorkerSeconds,
                TEST_INLINE_RESULT_BYTES, runsStreamProcessor ? next() : 0, TEST_STREAM_LEASE_SECONDS);
    }
}
